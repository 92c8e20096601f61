"""Field lines of a drug monograph or a pharmacy page: "Drug class: Benzodiazepine", "Uses: anxiety,
panic disorder", "Common side effects: drowsiness, dizziness". Such a line has no verb, so it used to
be read as a heading and hidden; its label names the relation (word lists `field_class`,
`field_uses`, `field_side_effects`), the drug the page is about is its subject, and the names in its
value are the objects. A value member the table does not know is kept as unread, so the line is not
called supported on the members it does know. A drug card may set the label as a heading of its own
("Class") with the value on the next line ("Non-benzodiazepine hypnotic"): read as one field line.
A label that names a drug ("Common side effects of Zoloft:", or "Zoloft:" under a field heading on a
comparison page) makes that drug the subject.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..kb import KnowledgeBase
from ..types import Claim, EntityRef
from .atomic import Source, subject_prefix
from .blocks import Block, trim_span
from .coref import State
from .mentions import Mentions
from .polarity import prefix_denied
from .words import DRUG_TYPES, WORDS
from .worthiness import has_own_subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

FIELD_LINE = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z '/()-]{0,40}?)\s*:\s*(?P<value>\S.*?)[\s.]*$", re.DOTALL)
MEMBER_SEPARATORS = re.compile(r"[,;/]|\b(?:" + "|".join(sorted(WORDS.list_conjunctions)) + r")\b", re.I)

# the relation a label names, and the kinds of thing its value may name
FIELD_RELATIONS = (
    ("field_class", "is_a", ("drug_class",)),
    ("field_uses", "treats", ("condition",)),
    ("field_side_effects", "causes", ("effect",)),
)


def field_relation(label: str) -> tuple[str, tuple[str, ...]] | None:
    """The relation a field label names and the kinds its value names, or None for another label.

    >>> field_relation("Drug class")
    ('is_a', ('drug_class',))
    >>> field_relation("Brand names") is None
    True
    """
    key = " ".join(label.lower().split())
    for words, relation, kinds in FIELD_RELATIONS:
        if key in getattr(WORDS, words):
            return relation, kinds
    return None


def field_claims(
    article: Source, block: Block, sent: Span, mentions: Mentions, state: State, kb: KnowledgeBase
) -> list[Claim] | None:
    """The claims of a field line about the page's drug, one per member of its value, or None when
    `sent` is no such line (its label is not a field's, its value is a clause of its own or a denial,
    or it names nothing of the field's kind). A line under a heading that is a label alone
    (`State.field_label`) is that label's value."""
    parts = label_and_value(sent, block, state)
    if parts is None:
        return None
    label, value_from = parts
    drug, named = field_subject(label, sent, value_from, mentions, state, kb)
    value = [t for t in sent if t.idx >= value_from]
    if drug is None or named is None or any(clause_in(t, value_from) for t in value):
        return None
    if any(t.lower_ in WORDS.denial_words for t in value):
        return None  # "Uses: not for depression": a denial the line does not frame
    relation, kinds = named
    objects = list(
        dict.fromkeys(
            mentions[t.i][0]
            for t in value
            if t.i in mentions and kb.type_of(mentions[t.i][0]) in kinds and not prefix_denied(t)
        )  # "Class: non-benzodiazepine hypnotic": not a benzodiazepine
    )
    if not objects:
        return None
    start, end = trim_span(block, sent[0].idx, sent[-1].idx + len(sent[-1]))
    line = article.text[start:end]
    base = Claim(id="", text="", start=start, end=end, sentence=line, subjects=(EntityRef(drug),), relation=relation)
    said = {e: next(mentions[t.i][1].text for t in value if mentions.get(t.i, ("",))[0] == e) for e in objects}
    claims = [one_member(base, f"{label}: {said[e]}", (EntityRef(e),), (), kb, state) for e in objects]
    unread = unread_values(sent.doc.text[value_from : sent.end_char], value, mentions, set(objects))
    if unread:  # "Uses: anxiety, hypersomnia": the member the table does not know is a claim of its own
        claims.append(one_member(base, f"{label}: {', '.join(unread)}", (), unread, kb, state))
    return claims


def field_subject(
    label: str, sent: Span, value_from: int, mentions: Mentions, state: State, kb: KnowledgeBase
) -> tuple[str | None, tuple[str, tuple[str, ...]] | None]:
    """The drug a field line is about and the relation its label names. A label that names a drug
    is about that drug: "Common side effects of Zoloft: nausea, ..." (the label's words before the
    drug name the field), or "Zoloft: nausea, ..." on a line under a field heading alone ("Common
    side effects:", `State.field_heading`). Any other label is about the page's drug, unless a
    heading naming another product opened the section."""
    named = field_relation(label)
    if named is not None:
        drug = state.section_drugs[0] if state.section_drugs else state.last_drug
        return (None, None) if state.section_drugs == [] else (drug, named)
    found = drug_in_label(sent, value_from, mentions, kb)
    if found is None:
        return None, None
    drug, lead = found
    named = field_relation(lead) if lead else field_relation(state.field_heading or "")
    return drug, named


def drug_in_label(sent: Span, value_from: int, mentions: Mentions, kb: KnowledgeBase) -> tuple[str, str] | None:
    """The drug a field line's label ends with, and the label's words before it without their
    preposition: "Common side effects of *Zoloft (sertraline)*" -> sertraline, "Common side
    effects"; "Zoloft" -> sertraline, "". None when the label names no drug or goes on after it."""
    label = [t for t in sent if t.idx < value_from and t.is_alpha]
    drugs = [t for t in label if t.i in mentions and kb.type_of(mentions[t.i][0]) in DRUG_TYPES]
    if not drugs:
        return None
    drug = mentions[drugs[0].i][0]
    after = [t for t in label if t.i > drugs[0].i]
    if any(not (t.i in mentions and mentions[t.i][0] == drug) for t in after):
        return None  # "Xanax dosage for adults:": the label goes on
    before = [t for t in label if t.i < drugs[0].i]
    if before and before[-1].pos_ == "ADP":
        before = before[:-1]  # "side effects *of* Zoloft"
    return drug, " ".join(t.text for t in before)


def label_and_value(sent: Span, block: Block, state: State) -> tuple[str, int] | None:
    """The field label of the line and where its value starts: "Drug class: benzodiazepine" on one
    line, or a line under a heading that is a field's label alone ("Class" / "Non-benzodiazepine
    hypnotic"): a line of its own, with no full stop, as such a value is written."""
    found = FIELD_LINE.match(sent.text)
    if found is not None:
        return None if "\n" in found.group("value") else (found.group("label"), sent.start_char + found.start("value"))
    alone = sent.text.strip() == block.text.strip() and not sent.text.rstrip().endswith(".")
    if not (state.field_label and alone and not block.bullet) or sub_heading(sent):
        return None
    return state.field_label, sent.start_char


def sub_heading(sent: Span) -> bool:
    """A line of two or more words, most of them capitalised: the title of a subsection ("Medical
    uses" / "Major Depressive Disorder"), not a value ("Short-term treatment of insomnia")."""
    words = [t for t in sent if t.is_alpha]
    return len(words) > 1 and sum(t.is_title or t.is_upper for t in words) * 2 > len(words)


def field_label_alone(sent: Span, block: Block) -> str | None:
    """The heading, when it is a field's label and nothing else ("Class", "FDA-Approved Use")."""
    label = sent.text.strip().rstrip(":").strip()
    return label if sent.text.strip() == block.text.strip() and field_relation(label) is not None else None


def one_member(
    base: Claim, text: str, objects: tuple[EntityRef, ...], unread: tuple[str, ...], kb: KnowledgeBase, state: State
) -> Claim:
    """The claim of one member of a field line ("[Xanax] Uses: panic disorder")."""
    shown = " ".join((subject_prefix(base, kb, text, state.names) + text).split())
    return replace(base, text=shown, objects=objects, unread=unread, proposition=text)


def clause_in(tok: Token, value_from: int) -> bool:
    """Whether `tok` is a verb whose own subject is in the value too ("Uses: *it treats* anxiety"); a
    label the parser took for the subject ("Uses: generalized anxiety disorder") makes no clause."""
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    return has_own_subject(tok) and any(c.idx >= value_from for c in subjects)


def unread_values(value: str, tokens: list[Token], mentions: Mentions, objects: set[str]) -> tuple[str, ...]:
    """The members of a field's value that name none of the line's objects ("Uses: anxiety,
    *hypersomnia*", "Uses: anxiety, *opioid withdrawal*": a name of another kind is not read)."""
    known = {t.text.lower() for t in tokens if t.i in mentions and mentions[t.i][0] in objects}
    members = [m.strip(" .()") for m in MEMBER_SEPARATORS.split(value)]
    return tuple(m for m in members if m and not any(w.lower() in known for w in re.findall(r"[\w-]+", m)))


RUN_IN_LABEL_WORDS = 4  # at most this many words before the colon of a run-in label
RUN_IN_SENTENCE_WORDS = 5  # at least this many words after it


def label_colon(doc: Doc) -> Token | None:
    """The colon after a line's short label ("Avoid Alcohol:", "Zoloft:"), if the line opens with one."""
    return next((t for t in doc[: 2 * RUN_IN_LABEL_WORDS + 1] if t.text == ":"), None)


def run_in_sentence(doc: Doc) -> Token | None:
    """The first word of the sentence after a run-in label ("Avoid Alcohol: Combining Ativan with
    alcohol can be dangerous", "Withdrawal: Like other benzodiazepines, ..."), or None: a label of a
    few capitalised words, not a field's (`field_relation`), then a colon and a capitalised run of at
    least RUN_IN_SENTENCE_WORDS words that is not itself a title (most of its words capitalised). The
    parser is then told that a sentence starts there, so the label does not become part of the claim
    (a field line keeps its label: it names the relation)."""
    colon = label_colon(doc)
    if colon is None or colon.i == 0 or colon.i + 1 >= len(doc):
        return None
    label, first = doc[: colon.i], doc[colon.i + 1]
    if not all(t.is_alpha or t.text == "-" for t in label) or sum(t.is_alpha for t in label) > RUN_IN_LABEL_WORDS:
        return None  # "Avoid Long-Term Use:" is a label of four words
    if not label[0].is_title or field_relation(label.text) is not None:
        return None
    words = [t for t in doc[colon.i + 1 :] if t.is_alpha]
    title = sum(t.is_title for t in words) * 2 > len(words)  # "Clonazepam: What You Need to Know"
    if listed_value(doc[colon.i + 1 :].text):
        return None  # "Zoloft: Nausea, diarrhea, dry mouth, insomnia": a list of names, no sentence
    return first if first.is_title and len(words) >= RUN_IN_SENTENCE_WORDS and not title else None


def listed_field_line(doc: Doc) -> bool:
    """A line of a short label, a colon and a list of short names ("Zoloft: Nausea, diarrhea, dry
    mouth"): one sentence, however its capitals fall, so it is read as a field line."""
    colon = label_colon(doc)
    if colon is None or colon.i == 0 or "\n" in doc.text.strip():
        return False
    return all(t.is_alpha or t.text in "-()" for t in doc[: colon.i]) and listed_value(doc[colon.i + 1 :].text)


LISTED_MEMBERS = 3  # at least this many comma-separated members make a value a list
LISTED_MEMBER_WORDS = 3  # of at most this many words each


def listed_value(text: str) -> bool:
    """Whether the text after a label is a list of short names, not a sentence.

    >>> listed_value("Nausea, diarrhea, dry mouth, insomnia, dizziness.")
    True
    >>> listed_value("Combining Ativan with alcohol can be dangerous, even deadly.")
    False
    """
    members = [m.split() for m in text.strip(" .").split(",")]
    return len(members) >= LISTED_MEMBERS and all(0 < len(m) <= LISTED_MEMBER_WORDS for m in members)
