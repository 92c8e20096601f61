"""Typed quantity rows and their scope: which rows of one property a claim's number is judged against.

A property (a drug's maximum dose, a washout, a recommended sleep duration) may have several typed
rows: one per indication, population or event (the row's `scope`), or a label's and the
literature's. A row's `qualifier` keeps its meaning: the claim must name it (a metabolite's
half-life). A claim naming one of the scopes is judged against the rows of that scope; a claim
naming none against every row it could mean. A row about the drug itself decides over a row about
its class. The claim is supported when any applicable row's number agrees with it, contradicted
only when every applicable row's number conflicts (docs/reference-table.md).
"""

from __future__ import annotations

from ..kb import KnowledgeBase, property_key
from ..types import Claim, Fact, Reason, Verdict
from .base import Decision, Situation, check, quantity
from .terms import TERMS

NO, NO_MATCH = Verdict.UNSUPPORTED, Reason.NO_MATCHING_FACT


def scope_of(fact: Fact) -> str:
    """For whom or what a typed row's number holds ('' for anyone): its `scope` column."""
    return fact.scope


def _scopes(fact: Fact) -> tuple[str, ...]:
    return tuple(p for p in scope_of(fact).split("|") if p)


def siblings(kb: KnowledgeBase, fact: Fact) -> tuple[Fact, ...]:
    """The typed rows of the same property as `fact` (itself included), whatever their subject."""
    rows = kb.typed_rows.get(property_key(fact), ())
    return rows if fact in rows else rows + (fact,)


def _claim_ids(claim: Claim, kb: KnowledgeBase) -> tuple[str, ...]:
    """What the claim names, for choosing rows by scope. A dosage form counts only as the claim's
    `forms` (one form named and no other: "Xanax XR comes in 3 mg"), not wherever a form is named
    ("tablets and extended-release tablets in 0.25 mg to 3 mg" is about both)."""
    named = tuple(r.id for r in claim.subjects + claim.objects) + tuple(claim.context)
    return tuple(e for e in named if not is_form(kb, e)) + claim.forms


def is_form(kb: KnowledgeBase, entity_id: str) -> bool:
    """Whether the entity is a dosage form: the object of a row saying a drug comes in it."""
    if kb.type_of(entity_id) != "concept":
        return False
    rows = (kb.facts[i] for i in kb.by_entity.get(entity_id, ()))
    return any(f.object == entity_id and f.relation == "is_a" and f.topic in TERMS.form_topics for f in rows)


def _naming(claim: Claim, kb: KnowledgeBase, rows: list[Fact]) -> set[str]:
    """The scopes of `rows` the claim names: those it names exactly, else those it names a kind of
    or a class of ("neuropathic pain" may mean postherpetic neuralgia)."""
    ids = set(_claim_ids(claim, kb))
    scopes = {p for r in rows for p in _scopes(r)}
    exact = scopes & ids
    if exact:
        return exact
    return {p for p in scopes if any(kb.related(e, p) for e in ids)}


def _other_scope(claim: Claim, kb: KnowledgeBase, fact: Fact) -> bool:
    """The claim names something of the kind of the row's scope, but not it: another indication
    (a condition), another population ("newborns" against a row for adults). The row's own
    subject, object and attribution do not count."""
    scopes = _scopes(fact)
    if not scopes:
        return False
    own = {fact.subject, fact.object, fact.attribution, fact.qualifier}
    types = {kb.type_of(p) for p in scopes}
    forms_only = all(is_form(kb, p) for p in scopes)  # a dosage form says nothing of another kind of scope
    named = [
        e
        for e in _claim_ids(claim, kb)
        if e not in own and e not in TERMS.dose_times and kb.type_of(e) in types and is_form(kb, e) == forms_only
    ]
    return bool(named) and not any(kb.related(e, p) for e in named for p in scopes)


def applicable(claim: Claim, subject: str, fact: Fact, kb: KnowledgeBase) -> tuple[Fact, ...]:
    """The typed rows of `fact`'s property that speak of this claim about `subject`.

    The most specific subject's rows (fluoxetine's own over the SSRI class's); of those, the rows of
    the scopes the claim names, else every row it could mean (not one scoped to another indication
    or population than the claim names). A claim naming a group of people no row is scoped to has
    none (the adults' maximum does not decide "in elderly patients ... 5 mg"). A row whose
    `qualifier` the claim does not name (a metabolite's half-life) is none of them."""
    ids = _claim_ids(claim, kb)
    rows = [
        r
        for r in siblings(kb, fact)
        if kb.is_kind_of(subject, r.subject) and (not r.qualifier or any(kb.is_kind_of(e, r.qualifier) for e in ids))
    ]
    rows = [r for r in rows if not any(o.subject != r.subject and kb.is_kind_of(o.subject, r.subject) for o in rows)]
    groups = _groups(ids)
    if groups:  # "in elderly patients, X should not exceed 5 mg": only a row for the group speaks for it
        rows = [r for r in rows if any(kb.related(g, p) for g in groups for p in _scopes(r))]
    named = _naming(claim, kb, rows)
    if named:
        return tuple(r for r in rows if named & set(_scopes(r)))
    if groups:
        return tuple(rows)
    # a claim naming no group may still mean one ("for them, ...", "in patients over 60"): a group's
    # row keeps applying, so that its figure can spare the claim a red mark; it backs none
    # (`group_row_for_everyone`)
    return tuple(r for r in rows if not _other_scope(claim, kb, r) and not _form_only(claim, kb, r, rows))


def _groups(ids: tuple[str, ...]) -> list[str]:
    """The groups of people a claim names, besides the one a label's figures are about (adults)."""
    return [e for e in ids if e in TERMS.populations and e not in TERMS.default_populations]


def _group_only(fact: Fact) -> bool:
    """Whether a row is scoped to groups of people only (older adults, children)."""
    scopes = _scopes(fact)
    return bool(scopes) and len(_groups(scopes)) == len(scopes)


def _form_only(claim: Claim, kb: KnowledgeBase, fact: Fact, rows: list[Fact]) -> bool:
    """A row scoped to dosage forms alone, for a claim that names no form, when a row of no scope
    lists its values with the other forms': that row speaks for the claim ("Paxil comes in 50 mg"
    is judged by Paxil's all-forms row, not by Paxil CR's strengths). Without such a row the form's
    row still applies ("lorazepam comes in 3 mg": Loreev XR's)."""
    scopes = _scopes(fact)
    if not scopes or claim.forms or not all(is_form(kb, p) for p in scopes):
        return False
    return any(not _scopes(r) and set(fact.qty_values) <= set(r.qty_values) for r in rows if r is not fact)


def _applies(s: Situation) -> tuple[Fact, ...]:
    subject = s.subj.id if s.subj is not None else s.fact.subject
    return applicable(s.claim, subject, s.fact, s.kb)


@check("applies", NO, NO_MATCH)
def scope_mismatch(s: Situation) -> Decision:
    """What: a typed number row (qty_type) whose scope the claim does not mean: the claim names
    another scope of the same property, or a row about the claim's drug itself replaces a class row.
    Why: "For seizures the maximum is 20 mg a day" is not judged against the panic-disorder maximum,
    and fluoxetine's own washout decides over the SSRI class's.
    Example: "For panic disorder, Klonopin's maximum is 20 mg a day." against F (clonazepam has_property
    maximum_dose; qty_type maximum; scope seizure; 20 mg_per_day): the row holds for seizure, not what the
    claim is about.
    """
    fact = s.fact
    if not fact.qty_type or fact.is_myth or s.subj is None:
        return None
    if fact in _applies(s):
        return None
    if fact.subject != s.subj.id and any(r.subject == s.subj.id for r in siblings(s.kb, fact)):
        return f"a row about {s.subj.id} itself decides"
    return f"the row holds for {scope_of(fact) or 'the general case'}, not what the claim is about"


@check("applies", NO, NO_MATCH)
def group_row_for_everyone(s: Situation) -> Decision:
    """What: a row scoped to a group of people (older adults, children) for a claim that names no
    group: the row says what holds for the group, not for everyone.
    Why: "Zaleplon's maximum dose is 10 mg" is not backed by the elderly patients' ceiling of 10 mg
    (the adults' is 20 mg; the elderly row still keeps the claim from a red mark, as the claim may
    mean them); "oxazepam is particularly useful in older patients" states nothing of other patients.
    Example: "Oxazepam is useful for anxiety." against F (oxazepam treats anxiety; scope older_adults):
    the row holds for older_adults; the claim names no group.
    """
    if not _group_only(s.fact) or s.fact.is_myth:
        return None
    groups = _scopes(s.fact)
    if any(s.kb.related(e, p) for e in _claim_ids(s.claim, s.kb) for p in groups):
        return None
    return f"the row holds for {scope_of(s.fact)}; the claim names no group"


def another_row_allows(s: Situation) -> Decision:
    """The note when an applicable sibling row's number agrees with the claim this row's refutes."""
    if not s.fact.qty_type or s.quantity is not False or s.subj is None:
        return None
    for row in _applies(s):
        if row is not s.fact and quantity(s.claim, row):
            where = f" ({scope_of(row)})" if scope_of(row) else ""
            return f"{row.id}{where} allows the claim's number"
    return None
