"""Every reason code a finding can carry, with the words the README gives it, and the README's table.

The matcher's reasons are decided by the checks in the registry (pipeline.checks.CHECKS); the
others are decided elsewhere and only described here: why a sentence is not check-worthy
(pipeline/extract.py) and the unsupported verdict of a claim no row decides, with why (pipeline/judge.py).
`readme_table()` writes the README's table of verdicts and reasons from both; a test keeps the
README equal to it (`python -m pipeline.checks --readme` prints it).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..types import Reason, Verdict
from .base import Check


@dataclass(frozen=True)
class ReasonDoc:
    """A reason code as the README shows it: `code` (gloss), then `tail` as written."""

    reason: Reason
    verdict: Verdict
    gloss: str = ""
    tail: str = ""
    decided_by: str = "pipeline/match.py (the checks in pipeline/checks)"

    def markdown(self) -> str:
        gloss = f" ({self.gloss})" if self.gloss else ""
        return f"`{self.reason.value}`{gloss}{self.tail}"


C, U, S, N = Verdict.CONTRADICTED, Verdict.UNSUPPORTED, Verdict.SUPPORTED, Verdict.NOT_CHECKWORTHY
EXTRACT = "pipeline/extract.py (why a sentence is not check-worthy)"
JUDGE = "pipeline/judge.py (why no row decided a check-worthy claim: Claim.outside, Claim.framed)"

# The README's order within each verdict.
REASONS: tuple[ReasonDoc, ...] = (
    ReasonDoc(Reason.MYTH_MATCH, C, "restates a known myth"),
    ReasonDoc(Reason.NEGATION_CONFLICT, C, "denies a fact, or asserts what a fact denies"),
    ReasonDoc(Reason.DIRECTION_CONFLICT, C, "increase vs decrease"),
    ReasonDoc(Reason.VALUE_CONFLICT, C, "long vs short, fast vs slow"),
    ReasonDoc(Reason.QUANTITY_OUT_OF_RANGE, C, "unit-converted"),
    ReasonDoc(
        Reason.COMPARISON_CONFLICT,
        C,
        '"Xanax has a longer half-life than Klonopin", judged from both drugs\' own rows',
    ),
    ReasonDoc(
        Reason.NOT_LISTED,
        C,
        '"Xanax is FDA-approved for insomnia": a claim of approval for a condition the label\'s complete'
        " list of indications lacks (only drugs whose list the table holds whole: docs/checks.md)",
    ),
    ReasonDoc(Reason.ATTRIBUTION_CONFLICT, C, '"the FDA says" what only UK guidance says'),
    ReasonDoc(
        Reason.CLASS_CONFLICT,
        C,
        '"buspirone is a benzodiazepine"; "venlafaxine is an SSRI" and "clonazepam is Schedule II", since a drug'
        " has one pharmacological class and one US schedule — the `exclusive_group` column of"
        " `reference_entities.csv`",
    ),
    ReasonDoc(
        Reason.NO_MATCHING_FACT,
        U,
        tail=", with the closest rows considered and why each did not apply",
        decided_by="pipeline/match.py, and pipeline/judge.py when no row decides",
    ),
    ReasonDoc(
        Reason.OUT_OF_SCOPE,
        U,
        'names a drug the table does not know, found in an offline drug dictionary: "Trazodone is often'
        ' prescribed for sleep"; info',
        decided_by=JUDGE,
    ),
    ReasonDoc(
        Reason.NOT_UNDERSTOOD,
        U,
        "a factual clause the tool could not frame: no relation word of the closed list, no entity of the"
        ' table, or nothing said of it ("X is approved for people above 18" read without its object); info',
        decided_by=JUDGE,
    ),
    ReasonDoc(
        Reason.NAME_CONFLICT,
        C,
        '"Valium is the brand name for lorazepam", "fluoxetine (Zoloft)": a name given to another drug of'
        " the table than the one whose row names it (the lexicon and that row together decide)",
        decided_by=JUDGE,
    ),
    ReasonDoc(Reason.FACT_MATCH, S),
    ReasonDoc(
        Reason.NAME_MATCH,
        S,
        '"X is the brand name for Y": the lexicon gives both names to one drug, each of the kind the clause'
        " says, and a row of that drug names both in its statement or source",
        decided_by=JUDGE,
    ),
    ReasonDoc(
        Reason.MEMBERS_MATCH,
        S,
        '"SSRIs treat depression": no row of the class states it, but a row of every drug of the table in'
        " that class does (each is cited in `evidence_ids`); such rows never contradict a class claim",
        decided_by=JUDGE,
    ),
    ReasonDoc(Reason.MYTH_NEGATED, S, "denies a known myth"),
    ReasonDoc(Reason.ENTITY_MATCH, S, "no relation word, entities agree"),
    ReasonDoc(Reason.HEADING, N, decided_by=EXTRACT),
    ReasonDoc(Reason.QUESTION, N, decided_by=EXTRACT),
    ReasonDoc(Reason.BOILERPLATE, N, decided_by=EXTRACT),
    ReasonDoc(Reason.INSTRUCTION, N, decided_by=EXTRACT),
    ReasonDoc(Reason.OPINION, N, '"In our opinion, ..."', decided_by=EXTRACT),
    ReasonDoc(Reason.NO_DOMAIN_ENTITY, N, decided_by=EXTRACT),
    ReasonDoc(Reason.NO_ASSERTION, N, decided_by=EXTRACT),
    ReasonDoc(
        Reason.TRUISM,
        N,
        'true of any medicine: "Like all medicines, it can cause side effects" (rows noted so in'
        " `pipeline/data/boilerplate.csv`)",
        decided_by=EXTRACT,
    ),
    ReasonDoc(
        Reason.NOT_PROSE,
        N,
        "a line over 5,000 characters with hardly any sentence ends: a word list or a dump, not parsed",
        decided_by=EXTRACT,
    ),
)

SEVERITIES = {
    C: "error",
    U: "warning (info when hedged, out of scope or not understood)",
    S: "none",
    N: "none",
}
HEADER = "| verdict | severity | reasons |\n|---|---|---|"


def readme_table(checks: tuple[Check, ...] | None = None) -> str:
    """The README's table of verdicts and reasons, generated from REASONS and the registry.

    Raises ValueError when a check decides a reason the table lacks or files under another verdict.

    >>> readme_table().splitlines()[0]
    '| verdict | severity | reasons |'
    """
    if checks is None:
        from . import CHECKS

        checks = CHECKS
    problems = registry_problems(checks)
    if problems:
        raise ValueError("; ".join(problems))
    rows = [HEADER]
    for verdict, severity in SEVERITIES.items():
        reasons = ", ".join(doc.markdown() for doc in REASONS if doc.verdict is verdict)
        rows.append(f"| {verdict.value} | {severity} | {reasons} |")
    return "\n".join(rows)


def registry_problems(checks: tuple[Check, ...]) -> list[str]:
    """Every disagreement between REASONS, the Reason enum and the checks' (verdict, reason)."""
    listed = {doc.reason: doc.verdict for doc in REASONS}
    problems = [f"reason {r.value} is not in REASONS" for r in Reason if r not in listed]
    seen: set[Reason] = set()
    for doc in REASONS:
        if doc.reason in seen:
            problems.append(f"reason {doc.reason.value} is listed twice")
        seen.add(doc.reason)
    for item in checks:
        if listed.get(item.reason) is not item.verdict:
            problems.append(f"check {item.name} decides {item.verdict.value}/{item.reason.value}, not in REASONS")
    return problems


def checks_markdown(checks: tuple[Check, ...] | None = None) -> str:
    """docs/checks.md's list of the checks: per stage, each check's name, verdict, reason and docstring.

    >>> checks_markdown().splitlines()[0]
    '### Stage `applies`'
    """
    if checks is None:
        from . import CHECKS

        checks = CHECKS
    out: list[str] = []
    for item in checks:
        heading = f"### Stage `{item.stage}`"
        if heading not in out:
            out += [heading, ""]
        out += [f"#### `{item.name}` → {item.verdict.value} / `{item.reason.value}`", ""]
        out += [*map(_list_item, item.doc.splitlines()), ""]
    return "\n".join(out).rstrip("\n")


def _list_item(line: str) -> str:
    """'What: ...' -> '- **What:** ...'; a continuation line is indented under its item."""
    label, colon, rest = line.partition(":")
    if colon and label in ("What", "Why", "Example"):
        return f"- **{label}:**{rest}"
    return "  " + line
