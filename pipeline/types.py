"""Every record the pipeline passes between its steps, in one place.

The flow is read_article -> extract -> match -> judge -> render; each step takes
and returns the frozen records defined here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum


class Verdict(str, Enum):
    CONTRADICTED = "contradicted"
    UNSUPPORTED = "unsupported"
    SUPPORTED = "supported"
    NOT_CHECKWORTHY = "not_checkworthy"


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    NONE = "none"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1, "none": 0}[self.value]


class Reason(str, Enum):
    # contradicted
    MYTH_MATCH = "myth_match"
    NEGATION_CONFLICT = "negation_conflict"
    DIRECTION_CONFLICT = "direction_conflict"
    VALUE_CONFLICT = "value_conflict"
    QUANTITY_OUT_OF_RANGE = "quantity_out_of_range"
    COMPARISON_CONFLICT = "comparison_conflict"  # "X lasts longer than Y" when the rows say the opposite
    ATTRIBUTION_CONFLICT = "attribution_conflict"  # "the manufacturer says ..." when only a guideline does
    CLASS_CONFLICT = "class_conflict"  # "buspirone is a benzodiazepine"
    NAME_CONFLICT = "name_conflict"  # "Valium is the brand name for lorazepam", "fluoxetine (Zoloft)"
    NOT_LISTED = "not_listed"  # "approved for X" when the label's complete list of indications lacks X
    # supported
    FACT_MATCH = "fact_match"
    NAME_MATCH = "name_match"  # "X is the brand name for Y": a row of the drug and its source name both
    MEMBERS_MATCH = "members_match"  # "SSRIs treat depression": a row of every member of the class states it
    MYTH_NEGATED = "myth_negated"
    ENTITY_MATCH = "entity_match"
    # unsupported
    NO_MATCHING_FACT = "no_matching_fact"  # framed (see Claim.framed), but no row decides it
    OUT_OF_SCOPE = "out_of_scope"  # names a drug the table does not know, and no row decides it
    NOT_UNDERSTOOD = "not_understood"  # check-worthy, but the tool could not frame it
    # not check-worthy
    HEADING = "heading"
    QUESTION = "question"
    BOILERPLATE = "boilerplate"
    INSTRUCTION = "instruction"
    NO_DOMAIN_ENTITY = "no_domain_entity"
    NO_ASSERTION = "no_assertion"
    OPINION = "opinion"  # "In our opinion, ...", "Honestly, nothing beats ..."
    NOT_PROSE = "not_prose"  # a long run of text without sentence punctuation (a word list, a dump)
    TRUISM = "truism"  # true of any medicine: "Like all medicines, it can cause side effects"


@dataclass(frozen=True)
class Article:
    """An article's plain text, decoded once; offsets in every claim point into `text`."""

    path: str
    text: str
    encoding: str = "utf-8"
    # "text" (plain or Markdown: offsets point into the file) or "html" (offsets point into the
    # main text extracted from the page, which reports say); "markdown" for Markdown whose name does
    # not say so (standard input read with --stdin-type md).
    source_format: str = "text"
    # An HTML page's decoded source (newlines normalised), so reports can give a claim's line and
    # column in the file (pipeline.sourcemap); None for text and Markdown, where `text` is the file.
    source: str | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class Quantity:
    """A number with its unit: `low`..`high` (equal for a single value), normalised unit."""

    low: float
    high: float
    unit: str
    comparator: str  # "=", "~", ">", ">=", "<", "<="
    text: str


@dataclass(frozen=True)
class EntityRef:
    """A canonical entity mentioned by a claim, with the aspect of it the claim is about."""

    id: str
    aspect: str | None = None


REFERENT = re.compile(r"^\[[^\]]*\]\s*")  # the "[Klonopin] " a claim's text shows before its own words


@dataclass(frozen=True)
class Claim:
    """The smallest statement of an article that can be true or false on its own."""

    id: str
    text: str
    start: int
    end: int
    sentence: str
    subjects: tuple[EntityRef, ...] = ()
    objects: tuple[EntityRef, ...] = ()
    relation: str | None = None
    polarity: str = "affirmed"  # or "negated"
    modality: str = "asserted"  # or "hedged"
    indirect: bool = False
    value: str | None = None
    quantities: tuple[Quantity, ...] = ()
    attribution: str | None = None
    context: tuple[str, ...] = ()  # entities of the claim's conditions ("when taken for months")
    # The dosage forms the claim's figures are about, when it names one form and no other ("Xanax XR
    # comes in 3 mg": extended_release_tablet); a row scoped to a form is judged by these alone.
    forms: tuple[str, ...] = ()
    checkworthy: bool = True
    reason: Reason | None = None  # why it is not check-worthy
    # The claim's text without its hedges and negations ("Clonazepam may not cause X" ->
    # "Clonazepam cause X"): what `polarity` and `modality` are said of.
    proposition: str = ""
    # Drugs the claim names that the table does not know, when it names no drug the table knows
    # (generic names, lower case, as the offline drug dictionary gives them: "trazodone" for "Desyrel").
    outside: tuple[str, ...] = ()
    # A naming clause ("X is the brand name for Y"): (drug id, its names as written), when the lexicon
    # gives both names to that drug and each has the kind the clause says (pipeline/extract/naming.py).
    names: tuple[str, ...] = ()
    # A name given to the wrong drug ("Valium is the brand name for lorazepam", "fluoxetine (Zoloft)"):
    # (the name as written, the drug the lexicon gives it, the drug the text gives it).
    misnamed: tuple[str, ...] = ()
    # Members of the claim's list of objects that name nothing the table knows ("Xanax is prescribed for
    # panic disorder and hypersomnia": "hypersomnia"); a row that names the other members does not
    # state the whole list.
    unread: tuple[str, ...] = ()
    # Of `unread`, the "by doing X" phrases that name nothing the table knows (not list members).
    unread_means: tuple[str, ...] = ()
    # Lemmas of the verbs of the claim's clause that no relation was read from ("balance" in "works by
    # balancing the chemicals"): what the claim says besides its entities, when it has no relation.
    verbs: tuple[str, ...] = ()
    # Drug classes the claim's class is said not to be: "benzodiazepine" in "a non-benzodiazepine sedative".
    other_classes: tuple[str, ...] = ()
    # The other subjects of a list the claim's figures were said of together ("Xanax and Ambien come in
    # 0.25 mg to 10 mg"): which figure is whose the text does not say.
    shared_with: tuple[str, ...] = ()

    @property
    def entity_ids(self) -> frozenset[str]:
        return frozenset(e.id for e in self.subjects + self.objects)

    @property
    def framed(self) -> bool:
        """Whether the tool read the claim as a frame rows can decide: a relation from the closed list
        (pipeline/data/relations.csv), at least one entity of the table, and something said of it (an
        object entity, a value or a quantity). An undecided framed claim is `no_matching_fact`; an
        undecided claim without a frame is `not_understood`.

        >>> Claim("", "", 0, 0, "", subjects=(EntityRef("clonazepam"),), relation="treats").framed
        False
        """
        return bool(self.relation and self.entity_ids and (self.objects or self.value or self.quantities))


@dataclass(frozen=True)
class Entity:
    id: str
    type: str
    label: str
    aliases: tuple[str, ...]
    parents: tuple[str, ...]
    # The group of classes of which a drug belongs to one at most ("pharmacological_class",
    # "us_schedule"), or "". Not part of equality: a table without the column redefines nothing.
    exclusive_group: str = field(default="", compare=False)


@dataclass(frozen=True)
class Fact:
    """One row of the reference table: a fact, or a myth with its correction."""

    id: str
    kind: str  # "fact" or "myth"
    subject: str
    relation: str
    object: str
    aspect: str
    polarity: str
    value: str
    qualifier: str
    qty_min: float | None
    qty_max: float | None
    unit: str
    attribution: str
    statement: str
    correction: str
    source: str
    source_type: str
    source_url: str
    reviewed: str
    severity: str
    topic: str
    row: int = 0  # line number in the CSV, for messages
    # How the relation holds: "" as stated; "indirect": only as an indirect effect, so a claim
    # must say so to be backed by the row ("benzodiazepines indirectly raise dopamine firing").
    manner: str = ""
    # What the row's number is (docs/reference-table.md): "" (a range, as tables without the column
    # say), range, point, maximum, minimum, set, year; the discrete values of a set (tablet
    # strengths), or the central value of a point; and for whom or what it holds (an entity id:
    # a population, formulation, indication, metabolite or event; `qualifier` counts too).
    qty_type: str = ""
    qty_values: tuple[float, ...] = ()
    scope: str = ""

    @property
    def is_myth(self) -> bool:
        return self.kind == "myth"

    @property
    def evidence(self) -> str:
        """What a reader should see: the correction of a myth, the statement of a fact."""
        return self.correction if self.is_myth else self.statement


@dataclass(frozen=True)
class Candidate:
    """A fact considered for a claim, with its score and what it would make of the claim."""

    fact: Fact
    score: float
    outcome: Verdict  # SUPPORTED, CONTRADICTED or UNSUPPORTED (= did not apply)
    reason: Reason
    note: str = ""
    # Other rows the decision read besides `fact` (a comparison reads both drugs' own rows).
    more: tuple[Fact, ...] = ()

    def __init__(
        self, fact: Fact, score: float, outcome: Verdict, reason: Reason, note: str = "", more: tuple[Fact, ...] = ()
    ) -> None:
        # One is built for every row of every claim's block (hundreds of thousands in a batch): the
        # fields are written straight into the instance, at half the cost of the frozen dataclass's
        # own __init__ (tests/test_performance.py holds this signature equal to the fields).
        fields = self.__dict__
        fields["fact"], fields["score"], fields["outcome"] = fact, score, outcome
        fields["reason"], fields["note"], fields["more"] = reason, note, more


@dataclass(frozen=True)
class Finding:
    """A claim with its verdict, the reason, and the evidence that decided it."""

    claim: Claim
    verdict: Verdict
    reason: Reason
    severity: Severity
    fact: Fact | None = None
    score: float | None = None
    considered: tuple[Candidate, ...] = ()
    suppressed: str | None = None  # why it does not count: an inline reason, or "baseline"
    # Every row the verdict was decided from, `fact` first (both drugs' rows of a comparison).
    evidence: tuple[Fact, ...] = ()

    @property
    def evidence_ids(self) -> list[str]:
        """The ids of the rows the verdict was decided from: `fact`'s first; empty when none decided."""
        rows = self.evidence or ((self.fact,) if self.fact is not None else ())
        return list(dict.fromkeys(f.id for f in rows))


# The unsupported reasons the summaries count apart: claims the table could not be asked about.
UNREAD = (Reason.OUT_OF_SCOPE, Reason.NOT_UNDERSTOOD)


@dataclass(frozen=True)
class ArticleReport:
    article: Article
    findings: tuple[Finding, ...]
    notes: tuple[str, ...] = ()  # bad or unused suppressions

    def count(self, verdict: Verdict) -> int:
        return sum(1 for f in self.findings if f.verdict is verdict)

    def count_reason(self, reason: Reason) -> int:
        return sum(1 for f in self.findings if f.reason is reason)

    @property
    def summary(self) -> dict[str, int]:
        """Claims per verdict, then how many of the unsupported ones are `out_of_scope` and `not_understood`,
        then how many findings are suppressed (inline or by a baseline)."""
        out = {"claims": len(self.findings)}
        out.update({v.value: self.count(v) for v in Verdict})
        out.update({r.value: self.count_reason(r) for r in UNREAD})
        out["suppressed"] = sum(1 for f in self.findings if f.suppressed is not None)
        return out


@dataclass(frozen=True)
class TableInfo:
    path: str
    sha256: str
    rows: int
    version: str = ""  # the newest review date of its rows: the table is "as of" that day


@dataclass(frozen=True)
class Report:
    articles: tuple[ArticleReport, ...]
    facts: TableInfo
    version: str
    errors: tuple[str, ...] = ()  # "[E001] PATH: reason" for each file that could not be read

    def findings(self):
        for art in self.articles:
            yield from art.findings

    def exit_code(self, fail_on: Severity) -> int:
        """0 when nothing reaches `fail_on`, 1 when something does (2 is the CLI's, for errors)."""
        if fail_on is Severity.NONE:
            return 0
        worst = max((f.severity.rank for f in self.findings() if f.suppressed is None), default=0)
        return 1 if worst >= fail_on.rank else 0


@dataclass(frozen=True)
class Thresholds:
    """The least candidate score (0-100) at which a row may decide a claim.

    A candidate's score is 35 for subject agreement + 35 for object agreement + 15 for relation
    agreement + 15 x rapidfuzz token_set_ratio/100 of the wordings (pipeline.match.Weights).
    The defaults come from benchmarks/thresholds.py on the gold sets in claims/ and the seeds:
    one step (5 points) below the highest values that lose no correct verdict there, so that a
    new wording scoring a little lower than the gold ones is still decided (see the README).
    """

    contradict: float = 70.0
    support: float = 60.0

    def __post_init__(self):
        for name in ("contradict", "support"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value <= 100:
                raise ValueError(f"threshold {name} must be a number from 0 to 100, not {value!r}")


DEFAULT_THRESHOLDS = Thresholds()
