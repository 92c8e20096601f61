"""Stage "closed": "Xanax is FDA-approved for insomnia", judged from the complete list of a drug's
approved indications.

A label's indications are a closed list: what it does not list, the drug is not approved for. The
table says for which drugs its `treats` rows from the US label are that whole list (the
`closed_indications` table of pipeline/data/checks_terms.csv: drugs with other US products of the
same molecule, such as an injection with more indications, are left out). Not asked row by row:
`closed_lists(claim, kb)` gathers the drug's indication rows once per claim and asks the stage's
checks, in registry order, what the list makes of a claim of approval (the `approval` words:
"approved", "indicated"). Uses that are not approvals ("used off-label for", "prescribed for") are
an open list, and a sentence naming another country or its agency (`other_jurisdiction`: "in the
UK", "the EMA") speaks of another list: the stage leaves both alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..kb import KnowledgeBase
from ..types import Candidate, Claim, Fact, Reason, Verdict
from .base import LABEL_SOURCES, Check, Decision, check, first_decided
from .terms import TERMS

STAGE = "closed"
US_AUTHORITIES = (None, "fda", "manufacturer")  # an approval said by no one is a US one here


@dataclass(frozen=True)
class IndicationList:
    """One drug's approved indications (its label rows), and the conditions a claim of approval names."""

    drug: str
    rows: tuple[Fact, ...]
    named: tuple[str, ...]
    unlisted: tuple[str, ...]  # the named conditions the list does not hold, nor a kind or a parent of one
    denied: bool  # the claim says the drug is *not* approved for them
    closed: bool  # the table holds the drug's list whole (`closed_indications`)
    only_use: bool  # "approved only for X": no other use
    others: tuple[Fact, ...] = ()  # for "the only SSRI approved for X": other members' label rows for X
    beyond: tuple[Fact, ...] = ()  # the drug's label rows for conditions unrelated to those named
    of_class: bool = False  # `drug` is a class: "benzodiazepines are not approved for X"; `others`, its members' rows


@check(STAGE, Verdict.CONTRADICTED, Reason.NOT_LISTED)
def indication_not_listed(c: IndicationList) -> Decision:
    """What: a claim that a drug is approved (or indicated) for a condition its label's complete
    list of indications does not hold.
    Why: an approved indication is a closed list: "Xanax is FDA-approved for insomnia" is wrong
    because the Xanax label lists anxiety and panic disorders only.
    Example: "Xanax is FDA-approved for insomnia." against alprazolam's label rows (anxiety_disorder,
    generalized_anxiety_disorder, panic_disorder): insomnia is not among them. A claim naming a listed
    condition besides ("approved for anxiety associated with depression") is left alone: coordinated
    uses are split into claims of their own before, so two conditions in one claim qualify each other.
    """
    if not c.closed or c.denied or len(c.unlisted) != len(c.named):
        return None  # "anxiety associated with depression": one listed condition, qualified by another
    return _candidate(c, Verdict.CONTRADICTED, Reason.NOT_LISTED, "is not among")


@check(STAGE, Verdict.SUPPORTED, Reason.FACT_MATCH)
def unlisted_indication_denied(c: IndicationList) -> Decision:
    """What: a claim that a drug is not approved for a condition its label's complete list does not hold.
    Why: the closed list states it: "Xanax is not approved for insomnia" is what the label's list says.
    Example: "Xanax is not approved for insomnia." against alprazolam's label rows: insomnia is not
    among them.
    """
    if not c.closed or not c.denied or not c.named or len(c.unlisted) != len(c.named):
        return None
    return _candidate(c, Verdict.SUPPORTED, Reason.FACT_MATCH, "is not among")


@check(STAGE, Verdict.CONTRADICTED, Reason.NOT_LISTED)
def approved_for_more(c: IndicationList) -> Decision:
    """What: a claim that a drug is approved *only* for a condition, and a label row of the drug
    approves it for another one.
    Why: one more approval refutes "only", whether or not the table holds the whole list:
    "Gabapentin is approved only to treat seizures" forgets postherpetic neuralgia.
    Example: "Gabapentin is approved only for seizures." against gabapentin's label rows
    (postherpetic_neuralgia, seizure): it is approved for postherpetic_neuralgia too.
    """
    if c.denied or not c.only_use or c.unlisted or not c.beyond:
        return None
    first = c.beyond[0]
    note = f"{c.drug} is approved for {first.object} too"
    return Candidate(first, 80.0, Verdict.CONTRADICTED, Reason.NOT_LISTED, note, c.beyond[1:])


@check(STAGE, Verdict.CONTRADICTED, Reason.NOT_LISTED)
def other_member_approved(c: IndicationList) -> Decision:
    """What: a claim that a drug is the only one of its class approved for a condition, and a label
    row of another drug of that class approves it for the same condition.
    Why: "Paroxetine is the only SSRI approved for OCD" is wrong as soon as the table holds the
    fluoxetine or sertraline label's OCD indication.
    Example: "Paroxetine is the only SSRI approved for OCD." against sertraline's label row (treats
    obsessive_compulsive_disorder): sertraline is approved for it too. "The only medication approved
    for X" (`sole_product`) is refuted by any other drug's label row for X.
    """
    if c.denied or not c.others:
        return None
    first = c.others[0]
    note = f"{first.subject} is approved for {first.object} too"
    return Candidate(first, 80.0, Verdict.CONTRADICTED, Reason.NOT_LISTED, note, c.others[1:])


@check(STAGE, Verdict.CONTRADICTED, Reason.NOT_LISTED)
def member_approved(c: IndicationList) -> Decision:
    """What: a claim that a drug class is not approved for a condition, and a label row that
    approves a member of the class for it.
    Why: approvals are each member's, and one is enough to refute the class's: "Benzodiazepines are
    not FDA-approved for anxiety" is wrong beside the Ativan label. A claim about part of the class
    (`class_quantifier`: "most SSRIs are not approved for ...") is left alone.
    Example: "Benzodiazepines are not approved for anxiety." against lorazepam's label row (treats
    anxiety): lorazepam is approved for anxiety.
    """
    if not c.of_class or not c.denied or not c.others:
        return None
    first = c.others[0]
    note = f"{first.subject}, a {c.drug}, is approved for {first.object}"
    return Candidate(first, 80.0, Verdict.CONTRADICTED, Reason.NOT_LISTED, note, c.others[1:])


def _candidate(c: IndicationList, verdict: Verdict, reason: Reason, words: str) -> Candidate:
    listed = ", ".join(sorted({r.object for r in c.rows}))
    note = f"{', '.join(c.unlisted)} {words} {c.drug}'s approved indications ({listed})"
    return Candidate(c.rows[0], 80.0, verdict, reason, note, c.rows[1:])


def closed_lists(claim: Claim, kb: KnowledgeBase, checks: tuple[Check, ...] = ()) -> list[Candidate]:
    """'X is approved for Y': judged from X's complete list of approved indications, when the table
    has it. `checks`: the closed stage (default: the registry's)."""
    found = indication_list(claim, kb) or class_indication_list(claim, kb)
    return [] if found is None else first_decided(found, STAGE, checks)


def class_indication_list(claim: Claim, kb: KnowledgeBase) -> IndicationList | None:
    """For "benzodiazepines are not approved for anxiety": the label rows of the class's members for
    the conditions the claim names, when it denies the class an approval (not of part of the class,
    `class_quantifier`, nor in another country)."""
    if claim.relation != "treats" or claim.polarity != "negated" or claim.attribution not in US_AUTHORITIES:
        return None
    classes = [r.id for r in claim.subjects if kb.type_of(r.id) == "drug_class"]
    if len(classes) != 1 or len(claim.subjects) != 1 or claim.unread or not TERMS.approval.search(claim.text):
        return None
    if TERMS.class_quantifier.search(claim.text) or TERMS.other_jurisdiction.search(claim.sentence):
        return None
    named = tuple(r.id for r in claim.objects if kb.type_of(r.id) == "condition")
    found = _other_members(classes, "", named, kb) if named else ()
    rows = tuple(sorted(found, key=lambda f: (f.object not in named, len(kb.ancestors(f.object)))))  # nearest first
    return IndicationList(classes[0], (), named, (), True, False, False, rows, of_class=True) if rows else None


def indication_list(claim: Claim, kb: KnowledgeBase) -> IndicationList | None:
    """The drug's approved indications and the conditions the claim says it is approved for, when the
    claim is one of approval about one drug the table has label rows for."""
    if claim.relation != "treats" or claim.modality != "asserted" or claim.attribution not in US_AUTHORITIES:
        return None
    drugs = [r.id for r in claim.subjects if kb.type_of(r.id) == "drug"]
    if len(drugs) != 1 or claim.unread or claim.indirect or not TERMS.approval.search(claim.text):
        return None
    if TERMS.other_jurisdiction.search(claim.sentence):
        return None  # "in the UK, escitalopram is approved for panic disorder": another country's list
    drug = drugs[0]
    named = tuple(r.id for r in claim.objects if kb.type_of(r.id) == "condition")
    rows = tuple(f for f in kb.candidates([drug]) if indication_row(f, drug))
    if not named or not rows:
        return None
    unlisted = tuple(e for e in named if not any(_same_condition(e, r.object, kb) for r in rows))
    # "approved for seizures and panic disorder only" is split into one claim a use: "only" spans them all
    uses = named + tuple(e for e in claim.context if kb.type_of(e) == "condition")
    beyond = tuple(r for r in rows if not any(_same_condition(e, r.object, kb) for e in uses))
    closed = drug in TERMS.closed_indications and len(claim.subjects) == 1
    denied = bool(TERMS.denied_exclusive.search(claim.sentence))  # "not the only SSRI approved for OCD"
    narrowed = _narrowed(claim, kb) or denied
    only = bool(TERMS.exclusive.search(claim.text)) and not narrowed and not _only_drug(claim, drug, kb)
    classes = _only_classes(claim, drug, kb) if not narrowed else []
    others = tuple(f for f in _other_members(classes, drug, named, kb) if f.subject not in claim.context)
    if not narrowed and _sole_product(claim):
        others += tuple(f for f in _other_drugs(drug, named, kb) if f.subject not in claim.context)
    only_use = only and not classes  # "the only SSRI approved for X" limits the drugs, not the uses
    return IndicationList(drug, rows, named, unlisted, claim.polarity == "negated", closed, only_use, others, beyond)


def _narrowed(claim: Claim, kb: KnowledgeBase) -> bool:
    """Whether "only" may be said of a group of people or with an exception ("in children, approved
    only for OCD", "the only SSRI for adolescents besides Prozac"): then the label rows of everyone do
    not refute it."""
    named = {r.id for r in claim.subjects + claim.objects} | set(claim.context)
    return bool(named & TERMS.populations) or bool(TERMS.exception.search(claim.sentence))


def _only_drug(claim: Claim, drug: str, kb: KnowledgeBase) -> bool:
    """Whether "only" is said of the drug, not of its uses: "only clonazepam is approved for seizures",
    "the first and only drug indicated for X" (`sole_product`)."""
    said = " ".join(f"{claim.sentence} | {claim.text}".lower().split())  # the claim's text: a split list's
    if TERMS.sole_product.search(said):
        return True  # "duloxetine was the first and only drug approved for ..."
    return any(f"only {a}" in said for a in kb.entities[drug].aliases) if drug in kb.entities else False


def _sole_product(claim: Claim) -> bool:
    """Whether the sentence says the drug is the only one approved ("the only medication indicated
    for PTSD"); "the first and only drug approved for X" tells a date in its history, and is left alone."""
    said = " ".join(claim.sentence.lower().split())
    found = TERMS.sole_product.search(said)
    if found is None or "first" in found.group(0):
        return False
    # "the only medication approved for anxiety that is not controlled": a clause narrows the kind
    return not TERMS.restricting.search(said[found.end() :])


def _other_drugs(drug: str, named: tuple[str, ...], kb: KnowledgeBase) -> list[Fact]:
    """For "X is the only medication approved for Y": the label rows of every other drug for Y."""
    drugs = [e for e in kb.entities if e != drug and kb.type_of(e) == "drug"]
    return [
        f
        for f in kb.candidates(drugs)
        if indication_row(f, f.subject) and any(_same_condition(e, f.object, kb) for e in named)
    ]


def _only_classes(claim: Claim, drug: str, kb: KnowledgeBase) -> list[str]:
    """The classes of the drug a claim says it is the only one of: "*the only* SSRI approved for OCD"
    ("one of only two SSRIs" is no such claim)."""
    said = " ".join(claim.sentence.lower().split())
    kinds = [a for a in kb.ancestors(drug) if a != drug and kb.type_of(a) == "drug_class"]
    return [k for k in kinds if any(f"the only {a}" in said for a in kb.entities[k].aliases)]


def _other_members(classes: list[str], drug: str, named: tuple[str, ...], kb: KnowledgeBase) -> tuple[Fact, ...]:
    """For "X is the only CLASS approved for Y": the label rows of the class's other drugs for Y."""
    out: list[Fact] = []
    for cls in classes:
        for member in kb.members(cls):
            if member == drug:
                continue
            out += [
                f
                for f in kb.candidates([member])
                if indication_row(f, member) and any(_same_condition(e, f.object, kb) for e in named)
            ]
    return tuple(out)


def indication_row(fact: Fact, drug: str) -> bool:
    """Whether the row is one of the drug's approved indications: a label's (or agency's) `treats`
    row, affirmed, said by no one else than the FDA or the manufacturer."""
    return (
        fact.kind == "fact"
        and fact.subject == drug
        and fact.relation == "treats"
        and fact.polarity == "affirmed"
        and fact.source_type in LABEL_SOURCES
        and fact.attribution in ("", "fda", "manufacturer")
    )


def _same_condition(named: str, listed: str, kb: KnowledgeBase) -> bool:
    """'anxiety' and 'generalized anxiety disorder' are one indication for this purpose: a claim naming
    the broader or the narrower condition is not shown wrong by the list."""
    return kb.related(named, listed)
