"""Stage 8, check-worthiness: which sentences and units say nothing a reader could check
(boilerplate, headings, questions, opinions, instructions, fragments), and why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import Lexicon
from ..quantities import is_vague
from ..types import Claim, Reason
from .atomic import Source
from .blocks import Block, trim_span
from .units import Unit
from .words import FW, WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def sentence_reason(lex: Lexicon, block: Block, sent: Span) -> Reason | None:
    """Why a whole sentence is not check-worthy, or None when its units should be read."""
    text = sent.text.strip()
    if any(p.search(text) for p in lex.boilerplate):
        return Reason.BOILERPLATE  # "Share this article" is a share line, whatever its shape
    if block.heading:
        return Reason.HEADING
    if text.endswith("?"):
        return Reason.QUESTION
    if any(p.search(text) for p in lex.opinion):
        return Reason.OPINION
    if text.endswith(":") and not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return Reason.HEADING  # "Key takeaways:", "Gabapentin and Pregabalin: What's ..."
    return None


def plain_claim(article: Source, block: Block, sent: Span, reason: Reason) -> Claim:
    """The not-check-worthy record of a whole sentence, with the reason."""
    start, end = trim_span(block, sent[0].idx, sent[-1].idx + len(sent[-1]))
    return Claim(
        id="",
        text=article.text[start:end],
        start=start,
        end=end,
        sentence=article.text[start:end],
        checkworthy=False,
        reason=reason,
    )


def advice_frame(head: Token) -> bool:
    """'It is important to V ...' (and its coordinated verbs): advice to the reader, not a claim.
    A reported clause under it ('It is important to note that X') is still judged."""
    node = head
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
        node = node.head
    if node.lemma_ != FW.copula:
        return False
    children = list(node.children)
    expletive = any(c.dep_ in ("nsubj", "expl") and c.lower_ == FW.expletive for c in children)
    return (
        expletive
        and any(c.dep_ == "acomp" and c.lower_ in WORDS.advice_words for c in children)
        and any(c.dep_ in ("xcomp", "ccomp") for c in children)
    )


def unit_reason(unit: Unit, claim: Claim, imperative: bool) -> Reason | None:
    """Why a unit's claim is not check-worthy, or None when it is."""
    if (
        imperative
        and unit.kind in ("root", "conj", "without")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in unit.head.children)
    ):
        return Reason.INSTRUCTION
    if unit.kind in ("root", "conj") and advice_frame(unit.head):
        return Reason.INSTRUCTION  # "It is important to take it under a doctor's care"
    if not claim.subjects and not claim.objects and all(is_vague(q) for q in claim.quantities):
        return Reason.NO_DOMAIN_ENTITY  # "Most side effects fade after a few weeks": nothing to check it by
    if not claim.objects and not (claim.value or claim.quantities):
        return Reason.NO_ASSERTION  # a subject alone, or a fragment: nothing to check
    if claim.relation is None and len(claim.entity_ids) < 2 and not (claim.value or claim.quantities):
        return Reason.NO_ASSERTION
    return None
