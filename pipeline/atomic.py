"""Helpers of the extractor for atomic claims: what a claim's text leaves out, which lists are one
party, which relative clause is said of its clause, lists that finish a lead-in, not-prose blocks,
and the proposition a claim's polarity and modality are said of.

Pure functions over spaCy tokens and text; the Extractor in extract.py strings them together.
"""

from __future__ import annotations

import re

from .blocks import Block
from .types import Article, Claim, Reason


def _comparative(tok) -> bool:
    """'more likely to cause X than Y' compares; it does not hedge."""
    return tok.lower_ == "likely" and any(c.lower_ in ("more", "less", "most", "least") for c in tok.children)


_PLURAL_VERBS = {"are": "is", "were": "was", "have": "has", "do": "does", "aren't": "isn't", "don't": "doesn't"}


def _singular_verb(rest: str) -> str:
    """'... are other Z-drugs' after one of 'X and Y': '... is other Z-drugs'."""
    m = re.match(r"(\s+)(\w+(?:n't)?)\b", rest)
    if m and m.group(2).lower() in _PLURAL_VERBS:
        return m.group(1) + _PLURAL_VERBS[m.group(2).lower()] + rest[m.end() :]
    return rest


_MODIFIER_STARTS = frozenset(
    {
        "in",
        "at",
        "during",
        "after",
        "before",
        "within",
        "for",
        "when",
        "if",
        "while",
        "with",
        "without",
        "over",
        "by",
        "from",
        "of",
        "among",
        "until",
        "since",
        "once",
        "especially",
        "particularly",
        "unless",
        "than",
        "on",
        "under",
    }
)
_JOINT_PREPS = frozenset({"between", "among", "amongst"})
_RECIPROCAL = ("each other", "one another", "together")


def _jointly(member) -> bool:
    """Whether a coordinated list is one party, not several: 'between X and Y', 'X and Y ... each other'."""
    first = member
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.head.lower_ in _JOINT_PREPS:
        return True
    verb = first
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    clause = " ".join(t.lower_ for t in verb.subtree)
    return first.i < verb.i and any(f" {r} " in f" {clause} " for r in _RECIPROCAL)  # the subject side


_RESULT_VERBS = frozenset(
    {
        "make",
        "cause",
        "lead",
        "raise",
        "increase",
        "reduce",
        "lower",
        "decrease",
        "allow",
        "result",
        "trigger",
        "boost",
        "mean",
        "help",
        "prevent",
        "stop",
        "leave",
    }
)


def _sentential_antecedent(head):
    """The clause a ', which causes Y' relative is said of, when it follows that clause's object."""
    if (
        head.lemma_ not in _RESULT_VERBS
        or head.i == 0
        or not any(c.lower_ == "which" and c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    ):
        return None
    first = head.left_edge
    if first.i == 0 or first.doc[first.i - 1].text != ",":
        return None
    node, deps = head.head, set()
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        if node.dep_ not in ("pobj", "prep", "compound", "conj", "dobj", "attr", "appos"):
            return None  # the noun is a subject or a modifier: the relative describes it
        deps.add(node.dep_)
        node = node.head
    if not deps & {"dobj", "attr", "pobj"} or (node.pos_ not in ("VERB", "AUX") and node.dep_ != "ROOT"):
        return None
    return node  # a root tagged as a noun is still the clause ("Gabapentin and pregabalin bind to ...")


_EMPHATIC = frozenset({"especially", "particularly", "notably", "mainly", "mostly"})


def _shown_tokens(own) -> list:
    """The unit's tokens a reader needs to see: without a trailing source ("..., according to
    the NSF": kept as the attribution) and without an emphatic aside ("..., especially when
    combined with opioids": its entities stay the claim's context)."""
    members = {t.i for t in own}
    aside = set()
    for tok in own:
        if tok.dep_ == "prep" and tok.lower_ == "according" and tok.head.i in members:
            aside |= {t.i for t in tok.subtree}
        elif (
            tok.dep_ == "prep"
            and tok.lower_ in ("like", "unlike")
            and tok.i < tok.head.i
            and tok.head.i in members
            and tok.i == min(members)
        ):
            aside |= {t.i for t in tok.subtree}  # "Unlike benzodiazepines, it ...": a comparison, not the claim
        elif tok.dep_ == "advcl" and any(c.lower_ in _EMPHATIC for c in tok.children if c.i < tok.i):
            aside |= {t.i for t in tok.subtree}
    if not aside or len(aside) >= len(members):
        return own
    return [t for t in own if t.i not in aside]


_DENIAL = re.compile(r"\b(?:do|does|did)(?:n't|\s+not)\b|\bcannot\b|(?<=\w)n't\b|\b(?:not|never|no)\b", re.IGNORECASE)
_HEDGE = re.compile(r"\b(?:may|might|could|can|possibly|potentially|perhaps|probably|in theory)\b,?", re.IGNORECASE)


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


def _not_prose(article: Article, block: Block) -> Claim:
    """One not-check-worthy record for a block that is not sentences; its text is a preview."""
    start, end = block.start, block.start + len(block.text)
    preview = " ".join(block.text[:120].split())
    preview = f"{preview} … ({end - start} characters without sentence punctuation)"
    return Claim(
        id="", text=preview, start=start, end=end, sentence=preview, checkworthy=False, reason=Reason.NOT_PROSE
    )


_OPEN_ENDS = frozenset(
    {
        "include",
        "includes",
        "including",
        "are",
        "is",
        "as",
        "like",
        "by",
        "to",
        "of",
        "with",
        "from",
        "for",
        "such",
        "cause",
        "causes",
        "involve",
        "involves",
    }
)


MAX_LEAD_IN_CHARS = 300


def _unfinished(sent) -> str | None:
    """The lead-in sentence without its colon when it waits for its list to end it
    ("Common side effects include:"), else None ("Key takeaways:" is a title)."""
    toks = [t for t in sent if not t.is_punct and not t.is_space]
    if not toks or not sent.text.rstrip().endswith(":") or len(sent.text) > MAX_LEAD_IN_CHARS:
        return None  # a very long lead-in would be parsed again with every bullet
    last = toks[-1]
    if last.pos_ in ("VERB", "AUX", "ADP", "SCONJ") or last.lower_ in _OPEN_ENDS:
        return sent.text.rstrip().rstrip(":").rstrip()
    return None


class _SplicedText:
    """Article text as read with a lead-in placed just before its bullet (slices only)."""

    def __init__(self, text: str, at: int, insert: str):
        self.text, self.at, self.insert = text, at, insert

    def __getitem__(self, key: slice) -> str:
        start, stop = key.start or 0, len(self.text) if key.stop is None else key.stop
        end = self.at + len(self.insert)
        parts = []
        if start < self.at:
            parts.append(self.text[start : min(stop, self.at)])
        if stop > self.at and start < end:
            parts.append(self.insert[max(start, self.at) - self.at : min(stop, end) - self.at])
        if stop > end:
            parts.append(self.text[max(start, end) : stop])
        return "".join(parts)

    def __len__(self) -> int:
        return len(self.text)


class _Spliced:
    """An article whose `text` reads a lead-in before a bullet; offsets stay the article's."""

    def __init__(self, article: Article, at: int, insert: str):
        self.path, self.text = article.path, _SplicedText(article.text, at, insert)
