"""Checks across the rows of a reference table, beyond what one row can show.

`kb.check_table` finds what is wrong with a row on its own (schema, types, unknown entities,
units, missing sources). This module finds what is wrong between rows, and what is getting old:

- errors: a statement repeated word for word; two facts that contradict each other (opposite
  polarity, opposite direction, opposite values, or numeric ranges that cannot both hold); a myth
  that restates a fact; a review date in the future.
- warnings: near-duplicate statements about the same triple; review dates older than `max_age_days`;
  a `source_url` that is not http(s).

Each problem names the file, the row (CSV line) and the column, like the row checks do.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations

from rapidfuzz import fuzz

from .match import OPPOSITE_RELATIONS, OPPOSITE_VALUES
from .types import Fact

NEAR_DUPLICATE = 90.0  # token_sort_ratio between two statements about the same triple
MAX_AGE_DAYS = 365
PAIRWISE_LIMIT = 400  # rows about one subject/object beyond which rows are not compared pair by pair


@dataclass(frozen=True)
class Problem:
    level: str  # "error" or "warning"
    path: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.row}: column '{self.column}': {self.level}: {self.message}"


def lint_entities(path: str) -> list[Problem]:
    """An alias claimed by two entities goes to whichever comes first: say so, with both rows."""
    import csv

    seen: dict[str, tuple[str, int]] = {}
    out: list[Problem] = []
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error):
        return []  # unreadable lexicons are reported by the row checks
    for line, row in enumerate(rows, 2):
        for alias in (row.get("aliases") or "").split("|"):
            alias = alias.strip().lower()
            if not alias:
                continue
            if alias in seen and seen[alias][0] != row.get("id"):
                other, at = seen[alias]
                out.append(
                    Problem("error", path, line, "aliases", f"alias {alias!r} is also an alias of {other} (line {at})")
                )
            seen.setdefault(alias, (row.get("id") or "", line))
    return out


def lint_facts(
    facts: list[Fact] | tuple[Fact, ...], path: str, *, today: dt.date | None = None, max_age_days: int = MAX_AGE_DAYS
) -> list[Problem]:
    """Problems between rows and of age, in row order."""
    today = today or dt.date.today()
    out: list[Problem] = []

    def add(level: str, fact: Fact, column: str, message: str) -> None:
        out.append(Problem(level, path, fact.row, column, message))

    seen: dict[str, Fact] = {}
    for fact in facts:
        key = " ".join(fact.statement.lower().split())
        if key in seen:
            add("error", fact, "statement", f"same statement as {seen[key].id} (line {seen[key].row})")
        seen.setdefault(key, fact)
        reviewed = dt.date.fromisoformat(fact.reviewed)
        if reviewed > today:
            add("error", fact, "reviewed", f"review date {fact.reviewed} is in the future")
        elif (today - reviewed).days > max_age_days:
            add("warning", fact, "reviewed", f"last reviewed {fact.reviewed}, more than {max_age_days} days ago")
        if fact.source_url and not fact.source_url.startswith(("https://", "http://")):
            add("warning", fact, "source_url", "not an http(s) address")

    typed = any(f.qty_type for f in facts)  # a table that says what its numbers are says it for each
    for fact in facts:
        if typed and not fact.qty_type and (fact.qty_min is not None or fact.qty_max is not None):
            add("warning", fact, "qty_type", "a number without its type is read as a range; say what it is")
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in facts:
        groups[(fact.subject, fact.object, fact.aspect, fact.qualifier, fact.attribution, fact.scope)].append(fact)
    for group in groups.values():
        if len(group) > PAIRWISE_LIMIT:  # keeps a huge generated table's check linear, and says so
            add(
                "warning",
                group[0],
                "subject",
                f"{len(group)} rows share this subject and object: contradictions and near-duplicates among "
                f"them were not checked (limit {PAIRWISE_LIMIT}; split the rows by aspect or qualifier)",
            )
            continue
        for a, b in combinations(group, 2):
            problem = _conflict(a, b)
            if problem:
                add("error", b, problem[0], f"{problem[1]} {a.id} (line {a.row})")
            elif (
                a.relation == b.relation
                and a.polarity == b.polarity
                and a.kind == b.kind
                and " ".join(a.statement.lower().split()) != " ".join(b.statement.lower().split())
                and fuzz.token_sort_ratio(a.statement.lower(), b.statement.lower()) >= NEAR_DUPLICATE
            ):
                add("warning", b, "statement", f"nearly the same statement as {a.id} (line {a.row})")
    return sorted(out, key=lambda p: (p.row, p.column))


def _conflict(a: Fact, b: Fact) -> tuple[str, str] | None:
    """Why rows a and b (same subject, object, aspect, qualifier, attribution) cannot both stand."""
    if a.is_myth and b.is_myth:
        return None
    if a.is_myth or b.is_myth:
        myth, fact = (a, b) if a.is_myth else (b, a)
        if (
            myth.relation == fact.relation
            and myth.polarity == fact.polarity
            and myth.value == fact.value
            and not _ranges_differ(myth, fact)
            and myth.manner == fact.manner  # "works by raising dopamine" (mechanism) is not "raises it indirectly"
        ):
            return "kind", "a myth and a fact say the same thing:"
        return None
    if (
        a.relation == b.relation
        and a.polarity != b.polarity
        and a.value == b.value
        and not (a.qty_min is not None or b.qty_min is not None or a.qty_max is not None or b.qty_max is not None)
    ):
        return "polarity", "contradicts"
    if (a.relation, b.relation) in OPPOSITE_RELATIONS and a.polarity == b.polarity == "affirmed":
        return "relation", "opposite direction to"
    if (
        a.relation == b.relation == "has_property"
        and a.value
        and OPPOSITE_VALUES.get(a.value) == b.value
        and a.polarity == b.polarity
    ):
        return "value", "opposite value to"
    if (
        a.relation == b.relation
        and a.polarity == b.polarity
        and a.unit
        and a.unit == b.unit
        and _ranges_differ(a, b)
        and _disjoint(a, b)
    ):
        return "qty_min", "numeric range does not overlap the range of"
    return None


def _ranges_differ(a: Fact, b: Fact) -> bool:
    return (a.qty_min, a.qty_max, a.unit) != (b.qty_min, b.qty_max, b.unit)


def _disjoint(a: Fact, b: Fact) -> bool:
    inf = float("inf")
    alo, ahi = a.qty_min if a.qty_min is not None else -inf, a.qty_max if a.qty_max is not None else inf
    blo, bhi = b.qty_min if b.qty_min is not None else -inf, b.qty_max if b.qty_max is not None else inf
    return ahi < blo or bhi < alo


def table_stats(kb, *, today: dt.date | None = None) -> dict:
    """Counts of rows by kind, topic, relation, entity (subject or object), source type and review age."""
    today = today or dt.date.today()

    def count(values) -> dict[str, int]:
        return dict(Counter(values).most_common())

    def age(fact: Fact) -> str:
        days = (today - dt.date.fromisoformat(fact.reviewed)).days
        for limit, label in ((90, "< 3 months"), (365, "3-12 months"), (730, "1-2 years")):
            if days < limit:
                return label
        return "> 2 years"

    facts = kb.facts
    return {
        "rows": len(facts),
        "version": kb.info.version,
        "sha256": kb.info.sha256,
        "kind": count(f.kind for f in facts),
        "source_type": count(f.source_type for f in facts),
        "review_age": count(age(f) for f in facts),
        "topic": count(f.topic or "(none)" for f in facts),
        "relation": count(f.relation for f in facts),
        "entity": count(e for f in facts for e in {f.subject, f.object} - {""}),
    }
