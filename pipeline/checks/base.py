"""What every check sees and returns: the `Situation` of one claim and one row, and the `Check` record.

A check is a named function of a Situation that returns nothing (it does not apply: the next check
is asked) or a decision: the note a reader sees, or a whole Candidate when it must also change the
score. Its verdict and reason are the Check's own, so the registry says what each check can decide.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from ..kb import KnowledgeBase
from ..quantities import covers, daily_total, fits
from ..types import REFERENT, Candidate, Claim, EntityRef, Fact, Quantity, Reason, Verdict
from .terms import TERMS

LABEL_SOURCES = ("label", "agency")  # where an approved indication is written
DOMAIN_APPROVER = "fda"  # "used off-label for X" is read as "the FDA has not approved it for X"


def said_of_approval(claim: Claim) -> bool:
    """Whether the claim speaks of an approval ("approved", "indicated", "off-label"; said by the FDA):
    the label's list decides it, condition by condition (pipeline/checks/closed.py)."""
    return claim.attribution == DOMAIN_APPROVER or bool(TERMS.approval.search(claim.text))


def approval_abroad(claim: Claim) -> bool:
    """An approval said of another country ("*in the UK*, X is not approved for Y", `other_jurisdiction`):
    that country's, which a row of another authority neither backs nor refutes."""
    return said_of_approval(claim) and TERMS.other_jurisdiction.search(REFERENT.sub("", claim.text)) is not None


RESOLVED = REFERENT  # the referent a claim's text shows before its own words

Decision = str | Candidate | None


@dataclass(frozen=True)
class Weights:
    """How much each kind of agreement counts in a candidate's score (0-100)."""

    subject: float = 35.0
    object: float = 35.0
    relation: float = 15.0
    lexical: float = 15.0


DEFAULT_WEIGHTS = Weights()


@dataclass
class Situation:
    """One claim against one row, as far as the matcher has read it.

    `subj`/`obj`: the claim's entity agreeing with the row's subject/object (None: none does);
    `relation`: how the claim's relation stands to the row's ("same", "implied", "opposite",
    "stronger", "unknown" when the claim has none, "none"); `score`: the candidate's score;
    `contradicting`: the row may contradict (a myth or a negated row); `qualified`: the row's
    qualifier, if any, is in the claim; `current`: the candidate so far (for the revising stages).
    """

    claim: Claim
    fact: Fact
    kb: KnowledgeBase
    weights: Weights
    subj: EntityRef | None
    obj: EntityRef | None
    relation: str
    score: float
    contradicting: bool
    qualified: bool
    current: Candidate | None = None

    @property
    def object_ref(self) -> EntityRef:
        """The claim's entity agreeing with the row's object (only asked once one does)."""
        if self.obj is None:
            raise ValueError("no object agreement")
        return self.obj

    @property
    def outcome(self) -> Candidate:
        """The candidate the outcome stages decided (only asked by the revising stages)."""
        if self.current is None:
            raise ValueError("no outcome yet")
        return self.current

    @cached_property
    def same_polarity(self) -> bool:
        return self.claim.polarity == self.fact.polarity

    @cached_property
    def misattributed(self) -> bool:
        """Both name an authority, and not the same one ("experts say" names no one in particular)."""
        claim, fact = self.claim, self.fact
        if not (fact.attribution and claim.attribution) or claim.attribution in TERMS.general_sources:
            return False
        return not self.said_by_same

    @cached_property
    def said_by_same(self) -> bool:
        """The claim's authority is the row's, one that speaks with its voice (`same_source`: the FDA
        for the label), or one the row's statement names ("in the EU and UK")."""
        claim, fact = self.claim, self.fact
        if claim.attribution == fact.attribution or (claim.attribution, fact.attribution) in TERMS.same_sources:
            return True
        return bool(claim.attribution) and named_in_statement(self.kb, fact, claim.attribution or "")

    @cached_property
    def primary(self) -> bool:
        """The row's object is the claim's first (main) object, or the claim has none."""
        return not self.claim.objects or self.obj == self.claim.objects[0]

    @cached_property
    def narrower(self) -> bool:
        """The row speaks of something narrower than the claim: it may support, never contradict;
        except a class row of a narrower class ("Schedule IV" refutes "not a controlled substance").
        (A label indication of a narrower condition does not refute a denied use: "Zoloft does not
        treat anxiety right away" and "Valium is not meant for everyday anxiety" deny a qualified use.)"""
        obj, fact, kb = self.object_ref, self.fact, self.kb
        narrower = not (
            (obj.id == fact.object or kb.is_kind_of(obj.id, fact.object) or in_system(obj.id, fact))
            and (not fact.aspect or obj.aspect == fact.aspect or fact.is_myth)
        )
        if narrower and fact.relation == "is_a" and fact.polarity == "affirmed" and not fact.is_myth:
            narrower = not kb.is_kind_of(fact.object, obj.id)  # Schedule IV is a controlled substance: so is X
        return narrower

    @cached_property
    def quantity(self) -> bool | None:
        """Whether the claim's numbers fall in the row's range (None: nothing to compare)."""
        return quantity(self.claim, self.fact)

    @cached_property
    def quantity_covered(self) -> bool:
        """Whether the row's number states every comparable number of the claim (`covers`)."""
        found = [
            r
            for r in (covers(daily(q, self.fact, self.claim.text), self.fact) for q in self.claim.quantities)
            if r is not None
        ]
        return bool(found) and all(found)


@dataclass(frozen=True)
class Check:
    """One named decision of the matcher: the stage it belongs to, what it decides, and how.

    `decide(situation)` returns None when the check does not apply, else a note (the candidate is
    built with this check's verdict and reason) or a whole Candidate (when it also sets the score or
    the evidence). Reasons decided outside the matcher are described in pipeline.checks.reasons.
    """

    name: str
    stage: str
    verdict: Verdict
    reason: Reason
    decide: Callable[[Any], Decision]

    @property
    def doc(self) -> str:
        """The check's What / Why / Example docstring."""
        return inspect.cleandoc(self.decide.__doc__ or "")

    def run(self, s: Situation) -> Candidate | None:
        """The candidate this check decides for `s`, or None when it does not apply."""
        found = self.decide(s)
        if found is None or isinstance(found, Candidate):
            return found
        return Candidate(s.fact, s.score, self.verdict, self.reason, found)


def check(stage: str, verdict: Verdict, reason: Reason) -> Callable[[Callable[[Any], Decision]], Check]:
    """Make a function a Check of `stage` deciding `verdict` for `reason` (named after the function)."""

    def wrap(decide: Callable[[Any], Decision]) -> Check:
        return Check(decide.__name__, stage, verdict, reason, decide)

    return wrap


def first_decided(subject: Any, stage_name: str, checks: tuple[Check, ...] = ()) -> list[Candidate]:
    """The candidate of the first check of a once-per-claim stage ("comparison", "closed") that decides
    for `subject` (its ranking, its indication list), as a list of at most one; `checks` default to
    the registry's stage."""
    if not checks:
        from . import stage

        checks = stage(stage_name)
    for item in checks:
        found = item.decide(subject)
        if isinstance(found, Candidate):
            return [found]
    return []


def base(value: str) -> str:
    """'higher' and 'high', 'longer' and 'long' are the same direction.

    >>> base("longer"), base("long"), base("known")
    ('long', 'long', 'known')
    """
    return TERMS.comparative.get(value, value)


def opposite(value: str | None) -> str:
    """The opposite of a value ('' when it has none).

    >>> opposite("long"), opposite("shorter"), opposite(None)
    ('short', 'longer', '')
    """
    return TERMS.opposite_values.get(value or "", "")


def quantity(claim: Claim, fact: Fact) -> bool | None:
    """True/False when a claim quantity can be compared with the row's number (as its `qty_type`
    reads), else None."""
    if fact.qty_min is None and fact.qty_max is None and not fact.qty_values:
        return None
    results = [fits(daily(q, fact, claim.text), fact) for q in claim.quantities]
    found = [r for r in results if r is not None]
    if not found:
        return None
    if fact.qty_type == "set" and fact.object in TERMS.whole_list:
        return all(found)  # "comes in 0.25 mg and 5 mg tablets": every strength named must be one
    return any(found)  # several numbers in one sentence: out of range only if none fits


def daily(q: Quantity, fact: Fact, text: str = "") -> Quantity:
    """A dose named in mg as the day's dose when the row gives a daily dose: times the doses a day
    said right after it ("7.5 mg twice daily" is 15 mg a day), or as it is for a drug taken once a
    day (`once_daily`: "the starting dose of Zoloft is 50 mg" is 50 mg a day); otherwise as it is (a
    single dose of a drug taken several times a day is no daily figure). The other way round, a
    day's dose of a drug taken once a day is its dose ("10 mg once daily at bedtime" against a row
    of the bedtime dose in mg)."""
    if q.unit == "mg_per_day" and fact.unit == "mg" and fact.subject in TERMS.once_daily:
        return replace(q, unit="mg")
    if q.unit != "mg" or fact.unit != "mg_per_day":
        return q
    total = daily_total(q, text)
    if total is not None:
        return total
    return replace(q, unit="mg_per_day") if fact.subject in TERMS.once_daily else q


def range_note(fact: Fact) -> str:
    """The row's number as its type reads, for a note."""
    kind = fact.qty_type
    if kind == "year":
        years = fact.qty_values or tuple(v for v in {fact.qty_min, fact.qty_max} if v is not None)
        return "the row's year is " + " or ".join(f"{v:g}" for v in sorted(years))
    if kind == "set" and fact.qty_values:
        return f"the row's values are {', '.join(f'{v:g}' for v in fact.qty_values)} {fact.unit}"
    if kind in ("maximum", "minimum"):
        figure = fact.qty_max if kind == "maximum" else fact.qty_min
        if figure is not None:
            return f"the row's {kind} is {figure:g} {fact.unit}"
    lo = "" if fact.qty_min is None else f"{fact.qty_min:g}"
    hi = "" if fact.qty_max is None else f"{fact.qty_max:g}"
    return f"the row's range is {lo}-{hi} {fact.unit}"


def spaced_words(text: str) -> str:
    """The text's words, lower-cased and single-spaced, with a space at each end: a phrase is in it
    when its own spaced words are ("anxiety and tension" in "... anxiety and tension associated ...")."""
    return f" {' '.join(re.findall(r'[a-z0-9]+', text.lower()))} "


def in_system(entity_id: str, fact: Fact) -> bool:
    """A row that a drug does not act on a transmitter speaks of that transmitter's receptors too
    (`receptor_system`): "Clonazepam acts at serotonin receptors" against "clonazepam does not act on the
    serotonin system" (a row that it does act on the transmitter says nothing of which receptors)."""
    return (
        fact.relation == "acts_on"
        and fact.polarity == "negated"
        and TERMS.receptor_systems.get(entity_id) == fact.object
    )


def rarity_said(text: str) -> bool:
    """Whether the text says something is rare or next to absent ("rarely", "a rare side effect",
    "few"), and does not deny the rarity ("not rare")."""
    return bool(TERMS.said_rare(text) or TERMS.rare_word.search(text)) and not TERMS.rarity_denied.search(text)


def denied_in_text(kb: KnowledgeBase, entity_id: str, text: str) -> bool:
    """Whether the text names the entity right after a negator ("a prescription drug, *not an*
    over-the-counter one"): a class set against another, not given (`TERMS.denial_before`)."""
    entity = kb.entities.get(entity_id)
    low = text.lower()
    for alias in entity.aliases if entity is not None else ():
        for found in re.finditer(rf"\b{re.escape(alias.lower())}\b", low):
            if TERMS.denial_before.search(low[max(0, found.start() - 24) : found.start()]):
                return True
    return False


def named_in_text(kb: KnowledgeBase, entity_id: str, text: str) -> bool:
    """Whether the text names the entity in one of its aliases (as whole words, or their plural)."""
    entity = kb.entities.get(entity_id)
    said = spaced_words(text)
    return entity is not None and any(spaced_words(a).rstrip() in said for a in entity.aliases)


def named_as_words(kb: KnowledgeBase, entity_id: str, text: str) -> bool:
    """Whether the text names the entity in one of its aliases as whole words, or their plural with
    an "s" (stricter than `named_in_text`: "gaba" is not named in "gabapentin")."""
    entity = kb.entities.get(entity_id)
    said = spaced_words(text)
    names = (spaced_words(a).rstrip() for a in (entity.aliases if entity is not None else ()))
    return any(f"{n} " in said or f"{n}s " in said for n in names)


def named_in_statement(kb: KnowledgeBase, fact: Fact, entity_id: str) -> bool:
    """Whether the row's statement names the entity in one of its aliases ("... binds the GABA-A
    receptor" names GABA; "... rather than stopping abruptly" names abrupt discontinuation)."""
    words = set(re.findall(r"[a-z0-9]+", fact.statement.lower()))
    entity = kb.entities.get(entity_id)
    return entity is not None and any(set(re.findall(r"[a-z0-9]+", a)) <= words for a in entity.aliases)
