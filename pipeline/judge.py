"""judge(candidates) -> findings: one verdict per claim, with its reason and evidence.

A claim is contradicted when any applicable row contradicts it (a sentence that
restates a myth is wrong even if it also says something true), supported when a
row backs it and none contradicts it, unsupported otherwise. An unsupported claim
says why no row decided it: `out_of_scope` (it names a drug the table does not know),
`not_understood` (the tool could not read it as a frame, see `Claim.framed`) or
`no_matching_fact` (framed, but no row decides it); the first two are `info` by default.
"""

from __future__ import annotations

import re

from .checks.terms import TERMS
from .kb import KnowledgeBase
from .match import Candidates
from .types import DEFAULT_THRESHOLDS, Candidate, Claim, Fact, Finding, Reason, Severity, Thresholds, Verdict


def judge(
    candidates: list[Candidates], thresholds: Thresholds = DEFAULT_THRESHOLDS, kb: KnowledgeBase | None = None
) -> list[Finding]:
    """One finding per claim, in order. `kb`: the table, for naming clauses no row decided (`name_match`)."""
    return [judge_one(c, thresholds, kb) for c in candidates]


def judge_one(
    item: Candidates, thresholds: Thresholds = DEFAULT_THRESHOLDS, kb: KnowledgeBase | None = None
) -> Finding:
    """The claim's verdict: contradicted by any row reaching `thresholds.contradict`, else supported by
    any reaching `thresholds.support`, else unsupported (not check-worthy claims keep their reason).
    Among the rows that decide, a myth that states the claim is cited before a row it conflicts with."""
    claim = item.claim
    if not claim.checkworthy:
        return Finding(claim, Verdict.NOT_CHECKWORTHY, claim.reason or Reason.NO_ASSERTION, Severity.NONE)
    wrong_name = misnaming_row(claim, kb) if kb is not None else None
    if wrong_name is not None:
        return Finding(
            claim,
            Verdict.CONTRADICTED,
            Reason.NAME_CONFLICT,
            _severity(Verdict.CONTRADICTED, wrong_name.severity, claim),
            fact=wrong_name,
            evidence=(wrong_name,),
        )
    least = {Verdict.CONTRADICTED: thresholds.contradict, Verdict.SUPPORTED: thresholds.support}
    supported = any(c.outcome is Verdict.SUPPORTED and c.score >= least[Verdict.SUPPORTED] for c in item.candidates)
    for verdict in (Verdict.CONTRADICTED, Verdict.SUPPORTED):
        hits = deciding(item, verdict, least[verdict], supported, kb)
        if hits:
            best = max(hits, key=lambda c: _citation_rank(c, claim))
            return Finding(
                claim,
                verdict,
                best.reason,
                _severity(verdict, best.fact.severity, claim),
                fact=best.fact,
                score=best.score,
                considered=item.candidates,
                evidence=(best.fact, *best.more, *membership_rows(claim, best, kb)),
            )
    named = naming_row(claim, kb) if kb is not None else None
    if named is not None:
        return Finding(claim, Verdict.SUPPORTED, Reason.NAME_MATCH, Severity.NONE, fact=named, evidence=(named,))
    every = member_rows(claim, kb) if kb is not None else ()
    if every:
        return Finding(claim, Verdict.SUPPORTED, Reason.MEMBERS_MATCH, Severity.NONE, fact=every[0], evidence=every)
    closest = item.candidates[0] if item.candidates else None
    reason = unsupported_reason(claim)
    return Finding(
        claim,
        Verdict.UNSUPPORTED,
        reason,
        Severity.INFO if reason in QUIET else _severity(Verdict.UNSUPPORTED, "", claim),
        score=closest.score if closest else None,
        considered=item.candidates,
    )


def deciding(
    item: Candidates, verdict: Verdict, least: float, supported: bool, kb: KnowledgeBase | None
) -> list[Candidate]:
    """The candidates that decide `verdict` for the claim: at least `least`, and (`supported`: some
    row backs the claim) not only an attribution conflict, nor a conflict with a claim whose object
    the tool did not read; support needs rows on every medicine the claim speaks of."""
    claim = item.claim
    hits = [c for c in item.candidates if c.outcome is verdict and c.score >= least]
    if verdict is Verdict.CONTRADICTED and supported:
        # A guideline row says what "the FDA says": if another row backs the claim as attributed
        # (or without attribution), the attribution is not shown to be wrong.
        hits = [c for c in hits if c.reason is not Reason.ATTRIBUTION_CONFLICT]
    if verdict is Verdict.SUPPORTED and kb is not None:
        hits = backing_every_effect(claim, backing_every_subject(claim, hits, kb), kb)
    if verdict is Verdict.CONTRADICTED and not says_something(claim):
        # "X is a receptor antagonist" read without its object: no row can show wrong what the
        # tool did not read; only a myth the claim restates can.
        hits = [c for c in hits if c.reason is Reason.MYTH_MATCH]
    return hits


def backing_every_subject(claim: Claim, hits: list[Candidate], kb: KnowledgeBase) -> list[Candidate]:
    """The rows backing a claim said of several medicines ("Xanax and Lexapro are often abused",
    "these drugs", both resolved): `hits` when every medicine is one a backing row speaks of (its
    subject or a class of it, or the other side of a comparison), else none: a row on one of them
    does not state what the claim says of the other. The first hit is moved to the front of the
    list with the rows for the others after it in its `more`."""
    drugs = [r.id for r in claim.subjects if kb.type_of(r.id) in DRUG_ENTITY_TYPES]
    if len(set(drugs)) < 2 or not hits:
        return hits
    best = max(hits, key=lambda c: _citation_rank(c, claim))
    ordered = [best, *(c for c in hits if c is not best)]
    used: list[Fact] = []
    for drug in dict.fromkeys(drugs):
        row = next((f for c in ordered for f in (c.fact, *c.more) if _speaks_of(f, drug, kb)), None)
        if row is None:
            return []
        used.append(row)
    more = tuple(dict.fromkeys(f for f in (*best.more, *used) if f is not best.fact))
    return [Candidate(best.fact, best.score, best.outcome, best.reason, best.note, more)]


def backing_every_effect(claim: Claim, hits: list[Candidate], kb: KnowledgeBase) -> list[Candidate]:
    """The rows backing a claim that a drug causes several effects ("side effects include headache,
    unsteadiness and anxiety", a list the parse did not split whole): `hits` when each effect (or
    condition) is one a backing row states (its object or a kind of it), else none: a row on ataxia
    does not state that the drug causes anxiety."""
    effects = [r.id for r in claim.objects if kb.type_of(r.id) in ("effect", "condition")]
    graded = [e for e in effects if not any(kb.is_kind_of(e, g) for g in TERMS.grade_effects)]
    effects = graded if graded else effects  # "dangerous, even fatal, breathing problems": one effect, graded
    listed = _LISTED.search(claim.sentence or claim.text)
    if claim.relation != "causes" or len(set(effects)) < 2 or not hits or not listed:
        return hits  # "responsible for calming nerve activity": one effect and what it acts on, no list
    rows = [f for c in hits for f in (c.fact, *c.more)]
    # a row on death states serious harm ("dangerous, even fatal"), one on a class of effects its kinds
    stated = all(any(kb.related(e, f.object) for f in rows) for e in dict.fromkeys(effects))
    return hits if stated else []


DRUG_ENTITY_TYPES = frozenset({"drug", "drug_class"})
_LISTED = re.compile(r",|\b(?:and|or)\b", re.IGNORECASE)  # a sentence that names a list


def _speaks_of(fact: Fact, drug: str, kb: KnowledgeBase) -> bool:
    """Whether `fact` says something of `drug`: its subject is the drug or a class of it, or the
    drug is the row's comparand (its object or qualifier)."""
    return kb.is_kind_of(drug, fact.subject) or drug in (fact.object, fact.qualifier)


def membership_rows(claim: Claim, best: Candidate, kb: KnowledgeBase | None) -> tuple[Fact, ...]:
    """For support from a row on a class of the claim's drug ("Halcion is a sedative-hypnotic" by the
    row that benzodiazepines are), the rows that put the drug in that class (triazolam is a
    benzodiazepine), so the evidence shows the whole chain; none when the row is the drug's own."""
    if kb is None or best.outcome is not Verdict.SUPPORTED:
        return ()
    cls = best.fact.subject
    drugs = [r.id for r in claim.subjects if r.id != cls and kb.is_kind_of(r.id, cls)]
    listed = {f.id for f in (best.fact, *best.more)}
    return tuple(
        f
        for d in drugs
        for f in kb.candidates([d])
        if f.kind == "fact"
        and f.subject == d
        and f.relation == "is_a"
        and f.object == cls
        and f.polarity == "affirmed"
        and f.id not in listed
    )[:1]


def _citation_rank(c: Candidate, claim: Claim) -> tuple[bool, bool, bool, bool, float]:
    """Which deciding row to cite: a statement of it over agreeing entities, a myth restated over a
    row it conflicts with, for a class claim a row that names the claim's class over one that names a
    narrower one ("Klonopin is a CNS depressant": the row that benzodiazepines are CNS depressants,
    not that clonazepam is a benzodiazepine) and for any support a row on the claim's own object over
    one on a kind of it ("stopping it suddenly may cause withdrawal": the withdrawal row, not the one
    on protracted withdrawal), for support a row on the claim's own drug over one on
    its class ("Prozac has a boxed warning": the Prozac label's row, not the antidepressants'), then
    the score."""
    supported = c.outcome is Verdict.SUPPORTED
    own = supported and c.fact.subject in {r.id for r in claim.subjects}
    objects = {r.id for r in claim.objects}
    named = not (supported and (claim.relation == "is_a" or objects)) or c.fact.object in objects
    return (c.reason is not Reason.ENTITY_MATCH, c.reason is Reason.MYTH_MATCH, named, own, c.score)


# Unsupported claims the table could not be asked about: reported, but at `info` so that CI is not
# flooded by every sentence the tool cannot read (docs: README, "Verdicts and reasons").
QUIET = frozenset({Reason.OUT_OF_SCOPE, Reason.NOT_UNDERSTOOD})


def naming_row(claim: Claim, kb: KnowledgeBase) -> Fact | None:
    """For a naming clause ("X is the brand name for Y", `Claim.names`): the first fact row of that
    drug whose statement or source gives every name the clause gives it (a label titled "Xanax
    (alprazolam) tablets"), or None. The lexicon alone is no source: without such a row the clause
    stays unsupported. A clause that says more than the names (a year, a property: "marketed as
    Librium in 1960") is not stated by a row that only gives them."""
    if not claim.names:
        return None
    drug, names = claim.names[0], [n.lower() for n in claim.names[1:]]
    if claim.quantities or any(o.id != drug for o in claim.objects):
        return None
    rows = [f for f in kb.candidates([drug]) if f.kind == "fact" and f.subject == drug]
    # the row a reader checks a name against: one on what the drug is, before one whose source only
    # happens to be the label named so (a side effect "from the Neurontin label")
    rows.sort(key=lambda f: f.relation != "is_a")
    return next((f for f in rows if all(n in f"{f.statement} {f.source}".lower() for n in names)), None)


def misnaming_row(claim: Claim, kb: KnowledgeBase) -> Fact | None:
    """For a name given to the wrong drug (`Claim.misnamed`): the first fact row of the drug the name
    belongs to whose statement or source gives that name (the row a reader checks the name against),
    or None: the lexicon alone is no source, so without such a row the claim is not contradicted."""
    if not claim.misnamed or claim.polarity != "affirmed":
        return None
    name, owner = claim.misnamed[0].lower(), claim.misnamed[1]
    for fact in kb.candidates([owner]):
        said = f"{fact.statement} {fact.source}".lower()
        if fact.kind == "fact" and fact.subject == owner and fact.polarity == "affirmed" and name in said:
            return fact
    return None


MEMBER_RELATIONS = ("treats", "causes")  # what a class claim may say of every member alike
LEAST_MEMBERS = 2


def member_rows(claim: Claim, kb: KnowledgeBase) -> tuple[Fact, ...]:
    """For an affirmed claim that a drug class treats or causes one thing ("SSRIs treat depression")
    that no row of the class decided: one row per drug of the table in that class stating exactly that
    of the drug (same relation and object, affirmed, not a myth, no qualifier, scope, manner or
    aspect), when every such drug has one (at least LEAST_MEMBERS); else (). The members are those the
    table has rows for, not every drug of the class on the market. A claim with numbers, a value, a
    condition or parts the tool could not read says more than those rows."""
    if claim.polarity != "affirmed" or claim.relation not in MEMBER_RELATIONS or claim.quantities or claim.value:
        return ()
    if len(claim.subjects) != 1 or len(claim.objects) != 1 or claim.unread or claim.indirect or claim.attribution:
        return ()
    cls, obj = claim.subjects[0].id, claim.objects[0].id
    if kb.type_of(cls) != "drug_class" or any(c not in (cls, obj) for c in claim.context):
        return ()  # a condition of the claim ("in pregnancy") no member row states
    members = kb.members(cls)
    rows = [_member_row(m, claim.relation, obj, kb) for m in members]
    if len(members) < LEAST_MEMBERS or any(r is None for r in rows):
        return ()
    return tuple(r for r in rows if r is not None)


def _member_row(drug: str, relation: str, obj: str, kb: KnowledgeBase) -> Fact | None:
    for fact in kb.candidates([drug]):
        if (
            fact.kind == "fact"
            and fact.subject == drug
            and fact.relation == relation
            and fact.object == obj
            and fact.polarity == "affirmed"
            and not (fact.qualifier or fact.attribution or fact.scope or fact.manner or fact.aspect)
        ):
            return fact
    return None


def says_something(claim: Claim) -> bool:
    """Whether the claim says something of its subject that a row could check: an object, a value or a quantity."""
    return bool(claim.objects or claim.value or claim.quantities)


def unsupported_reason(claim: Claim) -> Reason:
    """Why no row decided a check-worthy claim: it names a drug outside the table (`out_of_scope`),
    it could not be framed (`not_understood`), or it was framed and no row decides it."""
    if claim.outside:
        return Reason.OUT_OF_SCOPE
    if not claim.framed:
        return Reason.NOT_UNDERSTOOD
    return Reason.NO_MATCHING_FACT


def _severity(verdict: Verdict, override: str, claim: Claim) -> Severity:
    if verdict is Verdict.SUPPORTED:
        return Severity.NONE
    if override:
        return Severity(override)
    if verdict is Verdict.CONTRADICTED:
        return Severity.ERROR
    return Severity.INFO if claim.modality == "hedged" else Severity.WARNING
