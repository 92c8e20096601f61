"""The reference table and its entity lexicon: loading, validation and indexes.

`load_kb(facts_path)` reads `reference_facts.csv` and the `reference_entities.csv`
beside it, validates every row (errors name the file, row and column) and builds
the indexes the matcher uses. Nothing here knows about any article.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .errors import FactTableError
from .types import Entity, Fact, TableInfo

FACT_COLUMNS = (
    "id", "kind", "subject", "relation", "object", "aspect", "polarity", "value", "qualifier",
    "qty_min", "qty_max", "unit", "attribution", "statement", "correction", "source",
    "source_type", "source_url", "reviewed", "severity", "topic",
)
ENTITY_COLUMNS = ("id", "type", "label", "aliases", "parents")
RELATIONS = frozenset({
    "is_a", "treats", "causes", "worsens", "increases", "decreases", "binds", "acts_on",
    "recommends", "has_property",
})
ASPECTS = frozenset({"", "amount", "effect", "reuptake"})
VALUES = frozenset({"", "long", "short", "fast", "slow", "high", "low", "higher", "lower", "longer", "shorter",
                    "known", "unknown"})
UNITS = frozenset({"mg", "mg_per_day", "hours", "days", "weeks", "years", "percent", "per_day"})
SOURCE_TYPES = frozenset({"label", "agency", "guideline", "review", "textbook"})
SEVERITIES = frozenset({"", "error", "warning", "info"})
ENTITY_TYPES = frozenset({
    "drug", "drug_class", "neurotransmitter", "receptor", "condition", "effect", "concept",
    "organization", "food", "activity",
})
_ID = re.compile(r"^[FM]-\d{3,}$")
_ENTITY_ID = re.compile(r"^[a-z0-9_]+$")

DEFAULT_FACTS = Path(__file__).parent / "data" / "reference_facts.csv"


@dataclass(frozen=True)
class KnowledgeBase:
    """Facts and entities, with the indexes the matcher needs."""

    facts: tuple[Fact, ...]
    entities: dict[str, Entity]
    info: TableInfo
    _ancestors: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def ancestors(self, entity_id: str) -> frozenset[str]:
        """The entity and every class it belongs to, transitively."""
        found = self._ancestors.get(entity_id)
        return found if found is not None else frozenset((entity_id,))

    def is_kind_of(self, entity_id: str, other: str) -> bool:
        return other == entity_id or other in self._ancestors.get(entity_id, ())

    def type_of(self, entity_id: str) -> str:
        ent = self.entities.get(entity_id)
        return ent.type if ent else ""

    @cached_property
    def by_entity(self) -> dict[str, tuple[int, ...]]:
        """Entity id -> indexes of the facts naming it as subject, object or qualifier."""
        index: dict[str, list[int]] = defaultdict(list)
        for i, fact in enumerate(self.facts):
            for ent in {fact.subject, fact.object, fact.qualifier} - {""}:
                index[ent].append(i)
        return {k: tuple(v) for k, v in index.items()}

    @cached_property
    def aliases(self) -> dict[str, str]:
        """Lower-case surface form -> entity id (plurals included)."""
        out: dict[str, str] = {}
        for ent in self.entities.values():
            for alias in ent.aliases:
                for form in _forms(alias):
                    out.setdefault(form, ent.id)
        return out

    @cached_property
    def statements(self) -> tuple[str, ...]:
        """Every row's statement, lower-cased once per table (what the lexical score compares)."""
        return tuple(f.statement.lower() for f in self.facts)

    def candidate_indexes(self, entity_ids) -> list[int]:
        """Indexes of the facts sharing an entity (or one of its classes) with `entity_ids`, in
        table order: the blocking step. Its cost depends on the block, not on the table's size."""
        seen: set[int] = set()
        by_entity = self.by_entity
        for eid in entity_ids:
            for anc in self.ancestors(eid):
                seen.update(by_entity.get(anc, ()))
        return sorted(seen)

    def candidates(self, entity_ids) -> list[Fact]:
        """Facts sharing an entity (or one of its classes) with `entity_ids`: the blocking step."""
        return [self.facts[i] for i in self.candidate_indexes(entity_ids)]


def _forms(alias: str) -> tuple[str, ...]:
    alias = alias.strip().lower()
    if not alias:
        return ()
    if alias.endswith(("s", "x", "sh", "ch")):
        return (alias, alias + "es") if not alias.endswith("s") else (alias,)
    if alias.endswith("y") and len(alias) > 3 and alias[-2] not in "aeiou":
        return (alias, alias[:-1] + "ies")
    return (alias, alias + "s")


def load_kb(facts_path: str | Path | None = None, entities_path: str | Path | None = None) -> KnowledgeBase:
    """Load and validate the fact table and its lexicon; raise FactTableError on any problem."""
    facts_path = Path(facts_path) if facts_path else DEFAULT_FACTS
    entities_path = Path(entities_path) if entities_path else facts_path.with_name("reference_entities.csv")
    data = _read_bytes(facts_path)
    entities = parse_entities(_text(_read_bytes(entities_path), entities_path), str(entities_path))
    facts, problems = parse_facts(_text(data, facts_path), str(facts_path), entities)
    if problems:
        more = f" (and {len(problems) - 1} more; run `verify facts check`)" if len(problems) > 1 else ""
        raise FactTableError(problems[0] + more)
    # The bundled table is named as the user knows it, so reports are the same on every machine.
    shown = DEFAULT_FACTS.name if facts_path == DEFAULT_FACTS else str(facts_path)
    info = TableInfo(path=shown, sha256=hashlib.sha256(data).hexdigest(), rows=len(facts),
                     version=max(f.reviewed for f in facts))
    return KnowledgeBase(facts=tuple(facts), entities=entities, info=info,
                         _ancestors=_closure(entities))


def load_kbs(paths: list[str | Path]) -> KnowledgeBase:
    """Several tables as one (a site's own table on top of the shipped one): entities and rows are
    merged; an entity defined differently, or a row id used twice, is an error naming both files."""
    kbs = [load_kb(p) for p in paths]
    if len(kbs) == 1:
        return kbs[0]
    entities: dict[str, Entity] = {}
    facts: dict[str, Fact] = {}
    for kb in kbs:
        for eid, ent in kb.entities.items():
            if eid in entities and entities[eid] != ent:
                raise FactTableError(f"{kb.info.path}: entity {eid!r} differs from its definition in an earlier table")
            entities[eid] = ent
        for fact in kb.facts:
            if fact.id in facts:
                raise FactTableError(f"{kb.info.path}:{fact.row}: column 'id': {fact.id} is already used by an earlier table")
            facts[fact.id] = fact
    digest = hashlib.sha256("".join(kb.info.sha256 for kb in kbs).encode()).hexdigest()
    info = TableInfo(path=" + ".join(kb.info.path for kb in kbs), sha256=digest, rows=len(facts),
                     version=max(kb.info.version for kb in kbs))
    return KnowledgeBase(facts=tuple(facts.values()), entities=entities, info=info, _ancestors=_closure(entities))


def check_table(facts_path: str | Path, entities_path: str | Path | None = None) -> list[str]:
    """Every problem of a table's rows, one message per problem (empty when the table is clean)."""
    return read_table(facts_path, entities_path)[1]


def read_table(facts_path: str | Path, entities_path: str | Path | None = None) -> tuple[list[Fact], list[str]]:
    """The rows that are valid on their own, and a message for every row that is not."""
    facts_path = Path(facts_path)
    entities_path = Path(entities_path) if entities_path else facts_path.with_name("reference_entities.csv")
    try:
        facts_text = _text(_read_bytes(facts_path), facts_path)
        entities = parse_entities(_text(_read_bytes(entities_path), entities_path), str(entities_path))
        return parse_facts(facts_text, str(facts_path), entities)
    except FactTableError as exc:
        return [], [str(exc)]


def _text(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FactTableError(f"{path}: not UTF-8 (byte {exc.start}); save the table as UTF-8") from None


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise FactTableError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise FactTableError(f"{path}: is a directory, not a CSV table") from None
    except OSError as exc:
        raise FactTableError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _rows(text: str, path: str, columns: tuple[str, ...]):
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    header = reader.fieldnames or []
    missing = [c for c in columns if c not in header]
    unknown = [c for c in header if c not in columns]
    if missing or unknown:
        parts = []
        if missing:
            parts.append("missing column(s) " + ", ".join(missing))
        if unknown:
            parts.append("unknown column(s) " + ", ".join(unknown))
        raise FactTableError(f"{path}:1: " + "; ".join(parts))
    try:
        for row in reader:
            if None in row or any(v is None for v in row.values()):
                raise FactTableError(f"{path}:{reader.line_num}: wrong number of fields")
            yield reader.line_num, {k: (v or "").strip() for k, v in row.items()}
    except csv.Error as exc:
        line = max(reader.line_num, 2)  # the header is line 1; an unterminated quote is in a row
        raise FactTableError(f"{path}:{line}: malformed CSV ({exc})") from None


def parse_entities(text: str, path: str) -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    for line, row in _rows(text, path, ENTITY_COLUMNS):
        eid = row["id"]
        if not _ENTITY_ID.match(eid):
            raise FactTableError(f"{path}:{line}: column 'id': bad entity id {eid!r}")
        if eid in entities:
            raise FactTableError(f"{path}:{line}: column 'id': duplicate entity id {eid!r}")
        if row["type"] not in ENTITY_TYPES:
            raise FactTableError(f"{path}:{line}: column 'type': unknown type {row['type']!r}")
        entities[eid] = Entity(
            id=eid, type=row["type"], label=row["label"] or eid,
            aliases=tuple(a.strip().lower() for a in row["aliases"].split("|") if a.strip()),
            parents=tuple(p.strip() for p in row["parents"].split("|") if p.strip()),
        )
    for ent in entities.values():
        for parent in ent.parents:
            if parent not in entities:
                raise FactTableError(f"{path}: entity {ent.id!r}: column 'parents': unknown entity {parent!r}")
    return entities


def parse_facts(text: str, path: str, entities: dict[str, Entity]) -> tuple[list[Fact], list[str]]:
    facts: list[Fact] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for line, row in _rows(text, path, FACT_COLUMNS):
        errs = _row_problems(row, entities)
        if row["id"] in seen:
            errs.append(("id", f"duplicate id {row['id']!r} (first on line {seen[row['id']]})"))
        seen.setdefault(row["id"], line)
        if errs:
            problems.extend(f"{path}:{line}: column '{col}': {msg}" for col, msg in errs)
            continue
        facts.append(Fact(
            id=row["id"], kind=row["kind"], subject=row["subject"], relation=row["relation"],
            object=row["object"], aspect=row["aspect"], polarity=row["polarity"],
            value=row["value"], qualifier=row["qualifier"],
            qty_min=_num(row["qty_min"]), qty_max=_num(row["qty_max"]), unit=row["unit"],
            attribution=row["attribution"], statement=row["statement"],
            correction=row["correction"], source=row["source"], source_type=row["source_type"],
            source_url=row["source_url"], reviewed=row["reviewed"], severity=row["severity"],
            topic=row["topic"], row=line,
        ))
    if not facts and not problems:
        problems.append(f"{path}: the table has no rows")
    return facts, problems


def _num(text: str) -> float | None:
    if not text:
        return None
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def _row_problems(row: dict[str, str], entities: dict[str, Entity]) -> list[tuple[str, str]]:
    errs: list[tuple[str, str]] = []

    def check(col: str, ok: bool, msg: str) -> None:
        if not ok:
            errs.append((col, msg))

    check("id", bool(_ID.match(row["id"])), f"bad id {row['id']!r} (want F-0001 or M-0001)")
    check("kind", row["kind"] in ("fact", "myth"), f"kind must be fact or myth, not {row['kind']!r}")
    if row["kind"] in ("fact", "myth") and _ID.match(row["id"]):
        check("id", row["id"][0] == row["kind"][0].upper(), f"a {row['kind']} id starts with {row['kind'][0].upper()}-")
    check("relation", row["relation"] in RELATIONS, f"unknown relation {row['relation']!r}")
    for col in ("subject", "object", "qualifier", "attribution"):
        value = row[col]
        if value or col == "subject":
            check(col, value in entities, f"unknown entity {value!r}")
    check("object", bool(row["object"]) or row["relation"] == "recommends", "object is required")
    check("aspect", row["aspect"] in ASPECTS, f"unknown aspect {row['aspect']!r}")
    check("polarity", row["polarity"] in ("affirmed", "negated"), f"polarity must be affirmed or negated, not {row['polarity']!r}")
    check("value", row["value"] in VALUES, f"unknown value {row['value']!r}")
    lo, hi = row["qty_min"], row["qty_max"]
    try:
        lo_n, hi_n = _num(lo), _num(hi)
    except ValueError:
        errs.append(("qty_min" if not _is_num(lo) else "qty_max", "not a number"))
    else:
        if lo_n is not None and hi_n is not None:
            check("qty_min", lo_n <= hi_n, f"qty_min {lo} is greater than qty_max {hi}")
        if lo_n is not None or hi_n is not None:
            check("unit", row["unit"] in UNITS, f"unknown unit {row['unit']!r}")
    check("statement", bool(row["statement"]), "statement is required")
    check("correction", row["kind"] != "myth" or bool(row["correction"]), "a myth needs its correction")
    check("source", bool(row["source"]), "source is required")
    check("source_type", row["source_type"] in SOURCE_TYPES, f"unknown source type {row['source_type']!r}")
    check("reviewed", _is_date(row["reviewed"]), f"reviewed must be a date YYYY-MM-DD, not {row['reviewed']!r}")
    check("severity", row["severity"] in SEVERITIES, f"unknown severity {row['severity']!r}")
    return errs


def _is_num(text: str) -> bool:
    try:
        _num(text)
        return True
    except ValueError:
        return False


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
        return True
    except ValueError:
        return False


def _closure(entities: dict[str, Entity]) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}

    def visit(eid: str, stack: tuple[str, ...]) -> frozenset[str]:
        if eid in out:
            return out[eid]
        result = {eid}
        for parent in entities[eid].parents:
            if parent not in stack:
                result |= visit(parent, stack + (eid,))
        out[eid] = frozenset(result)
        return out[eid]

    for eid in entities:
        visit(eid, ())
    return out
