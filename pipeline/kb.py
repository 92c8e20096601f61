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
    "id",
    "kind",
    "subject",
    "relation",
    "object",
    "aspect",
    "polarity",
    "value",
    "qualifier",
    "qty_min",
    "qty_max",
    "unit",
    "attribution",
    "statement",
    "correction",
    "source",
    "source_type",
    "source_url",
    "reviewed",
    "severity",
    "topic",
)
# Columns a fact table may leave out (a site's own table without them still loads):
# `manner` says how a row's relation holds: "" as stated, "indirect" only as an indirect effect,
# "off_label" (a `treats` row) a use without the drug's approval for it, "mechanism" (a myth) only
# as a claim of how the drug works ("works by ...").
# `qty_type`, `qty_values`, `scope` say what a row's number is and for whom (docs/reference-table.md).
# A record may leave these trailing columns off (a row appended by a table without them).
FACT_OPTIONAL_COLUMNS = ("manner", "qty_type", "qty_values", "scope")
TYPED_COLUMNS = ("qty_type", "qty_values", "scope")
MANNERS = ("", "indirect", "off_label", "mechanism")
# What a row's number is: "" reads as a range (tables without the column).
QTY_TYPES = frozenset({"", "range", "typical", "point", "maximum", "minimum", "set", "year"})
ENTITY_COLUMNS = ("id", "type", "label", "aliases", "parents")
# Columns a lexicon may leave out: a table without `exclusive_group` has no exclusive groups.
ENTITY_OPTIONAL_COLUMNS = ("exclusive_group",)
# A drug belongs to one class at most of each group: one pharmacological class, one US schedule.
EXCLUSIVE_GROUPS = frozenset({"pharmacological_class", "us_schedule", "cns_action", "us_status"})
RELATIONS = frozenset(
    {
        "is_a",
        "treats",
        "causes",
        "worsens",
        "increases",
        "decreases",
        "binds",
        "acts_on",
        "recommends",
        "has_property",
    }
)
ASPECTS = frozenset({"", "amount", "production", "release", "effect", "reuptake"})
VALUES = frozenset(
    {"", "long", "short", "fast", "slow", "high", "low", "higher", "lower", "longer", "shorter", "known", "unknown"}
)
UNITS = frozenset({"mg", "mg_per_day", "hours", "days", "weeks", "months", "years", "percent", "per_day", "year"})
SOURCE_TYPES = frozenset({"label", "agency", "guideline", "review", "textbook"})
SEVERITIES = frozenset({"", "error", "warning", "info"})
ENTITY_TYPES = frozenset(
    {
        "drug",
        "drug_class",
        "neurotransmitter",
        "receptor",
        "condition",
        "effect",
        "concept",
        "organization",
        "food",
        "activity",
    }
)
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

    def related(self, entity_id: str, other: str) -> bool:
        """Whether the two are one entity or one is a kind of the other ("anxiety" and "generalized
        anxiety disorder")."""
        return self.is_kind_of(entity_id, other) or self.is_kind_of(other, entity_id)

    def type_of(self, entity_id: str) -> str:
        ent = self.entities.get(entity_id)
        return ent.type if ent else ""

    def exclusive_group(self, entity_id: str) -> str:
        """The exclusive group of classes `entity_id` is one of ('' for none): a drug has one
        pharmacological class and one US schedule (the lexicon's `exclusive_group` column)."""
        ent = self.entities.get(entity_id)
        return ent.exclusive_group if ent else ""

    @cached_property
    def by_entity(self) -> dict[str, tuple[int, ...]]:
        """Entity id -> indexes of the facts naming it as subject, object or qualifier."""
        index: dict[str, list[int]] = defaultdict(list)
        for i, fact in enumerate(self.facts):
            for ent in {fact.subject, fact.object, fact.qualifier} - {""}:
                index[ent].append(i)
        return {k: tuple(v) for k, v in index.items()}

    @cached_property
    def typed_rows(self) -> dict[tuple[str, ...], tuple[Fact, ...]]:
        """The rows with a typed quantity (qty_type), grouped by the property they give a number for."""
        index: dict[tuple[str, ...], list[Fact]] = defaultdict(list)
        for fact in self.facts:
            if fact.qty_type:
                index[property_key(fact)].append(fact)
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

    @cached_property
    def subjects(self) -> frozenset[str]:
        """Every entity that is the subject of a row."""
        return frozenset(f.subject for f in self.facts)

    @cached_property
    def properties(self) -> frozenset[str]:
        """Every entity a `has_property` row gives a value for (half_life, onset, peak_level, ...)."""
        return frozenset(f.object for f in self.facts if f.relation == "has_property")

    def members(self, class_id: str) -> tuple[str, ...]:
        """The drugs of the table that are kinds of `class_id` and are the subject of a row of their own."""
        subjects = self.subjects
        return tuple(
            e.id
            for e in self.entities.values()
            if e.type == "drug" and e.id != class_id and self.is_kind_of(e.id, class_id) and e.id in subjects
        )


def property_key(fact: Fact) -> tuple[str, ...]:
    """What a typed row gives a number for, whatever its subject and scope: rows with the same key are
    judged together (docs/reference-table.md)."""
    return (fact.kind, fact.relation, fact.object, fact.attribution, fact.polarity, fact.unit)


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
    data = table_bytes(facts_path)
    facts_text = table_text(data, facts_path)  # a table that is not text is the problem, not its lexicon
    entities = parse_entities(table_text(lexicon_bytes(entities_path, facts_path), entities_path), str(entities_path))
    facts, problems = parse_facts(facts_text, str(facts_path), entities)
    if problems:
        more = f" (and {len(problems) - 1} more; run `verify facts check`)" if len(problems) > 1 else ""
        raise FactTableError(problems[0] + more)
    # The bundled table is named as the user knows it, so reports are the same on every machine.
    shown = DEFAULT_FACTS.name if facts_path == DEFAULT_FACTS else str(facts_path)
    info = TableInfo(
        path=shown, sha256=hashlib.sha256(data).hexdigest(), rows=len(facts), version=max(f.reviewed for f in facts)
    )
    return KnowledgeBase(facts=tuple(facts), entities=entities, info=info, _ancestors=_closure(entities))


def load_kbs(paths: list[str | Path]) -> KnowledgeBase:
    """Several tables as one (a site's own table on top of the shipped one): entities and rows are
    merged; an entity defined differently, or a row id used twice, is an error naming both files."""
    kbs = [load_kb(p) for p in paths]
    if len(kbs) == 1:
        return kbs[0]
    entities: dict[str, Entity] = {}
    facts: dict[str, Fact] = {}
    for kb in kbs:
        for ent in kb.entities.values():
            _merge_entity(entities, ent, kb.info.path)
        for fact in kb.facts:
            if fact.id in facts:
                raise FactTableError(
                    f"{kb.info.path}:{fact.row}: column 'id': {fact.id} is already used by an earlier table"
                )
            facts[fact.id] = fact
    digest = hashlib.sha256("".join(kb.info.sha256 for kb in kbs).encode()).hexdigest()
    info = TableInfo(
        path=" + ".join(kb.info.path for kb in kbs),
        sha256=digest,
        rows=len(facts),
        version=max(kb.info.version for kb in kbs),
    )
    return KnowledgeBase(facts=tuple(facts.values()), entities=entities, info=info, _ancestors=_closure(entities))


def _merge_entity(entities: dict[str, Entity], ent: Entity, path: str) -> None:
    """Add `ent` to the merged lexicon; a table without exclusive groups keeps the earlier ones."""
    prev = entities.get(ent.id)
    if prev is not None and (
        prev != ent or (prev.exclusive_group and ent.exclusive_group and prev.exclusive_group != ent.exclusive_group)
    ):
        raise FactTableError(f"{path}: entity {ent.id!r} differs from its definition in an earlier table")
    if prev is None or ent.exclusive_group:
        entities[ent.id] = ent


def check_table(facts_path: str | Path, entities_path: str | Path | None = None) -> list[str]:
    """Every problem of a table's rows, one message per problem (empty when the table is clean)."""
    return read_table(facts_path, entities_path)[1]


def read_table(facts_path: str | Path, entities_path: str | Path | None = None) -> tuple[list[Fact], list[str]]:
    """The rows that are valid on their own, and a message for every row that is not."""
    facts_path = Path(facts_path)
    entities_path = Path(entities_path) if entities_path else facts_path.with_name("reference_entities.csv")
    try:
        facts_text = table_text(table_bytes(facts_path), facts_path)
        entities = parse_entities(
            table_text(lexicon_bytes(entities_path, facts_path), entities_path), str(entities_path)
        )
        return parse_facts(facts_text, str(facts_path), entities)
    except FactTableError as exc:
        return [], [str(exc)]


def table_text(data: bytes, path: Path) -> str:
    """The table's bytes as text (UTF-8, BOM or not); a binary file or another encoding is a FactTableError."""
    from .read import binary_kind

    kind = binary_kind(data)
    if kind:
        raise FactTableError(f"{path}: binary file ({kind}), not a CSV table")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FactTableError(f"{path}: not UTF-8 (byte {exc.start}); save the table as UTF-8") from None


def table_bytes(path: Path) -> bytes:
    """The bytes of a table file; a missing or unreadable file is a FactTableError naming it."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise FactTableError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise FactTableError(f"{path}: is a directory, not a CSV table") from None
    except OSError as exc:
        raise FactTableError(f"{path}: cannot read ({exc.strerror or exc})") from None


def lexicon_bytes(path: Path, facts_path: Path) -> bytes:
    """The bytes of the entity lexicon of the table `facts_path`; a missing one is named as such."""
    if not path.exists() and not path.is_symlink():
        raise FactTableError(f"{path}: no such file (the entity lexicon {facts_path} needs beside it)")
    return table_bytes(path)


def table_rows(text: str, path: str, columns: tuple[str, ...], optional: tuple[str, ...] = ()):
    """(line, {column: stripped value}) for every record; FactTableError names the line and column.
    `optional`: columns the header may leave out (a record then has no such key)."""
    if not text.strip():
        raise FactTableError(f"{path}:1: empty file (want a header line: {','.join(columns)})")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [h.strip() for h in next(reader)]
    except csv.Error as exc:
        raise FactTableError(f"{path}:1: malformed CSV header ({exc})") from None
    _check_header(header, path, columns, optional)
    width = len(header)
    start = 2
    try:
        for fields in reader:
            line, start = start, reader.line_num + 1
            if len(fields) != width:
                if not any(f.strip() for f in fields):
                    continue  # a blank line
                if not _optional_tail(fields, header, optional):
                    raise FactTableError(f"{path}:{line}: {_field_count(fields, header)}")
                fields = fields + [""] * (width - len(fields))
            yield line, dict(zip(header, map(str.strip, fields)))
    except csv.Error as exc:
        raise FactTableError(f"{path}:{start}: {_csv_problem(text, start, header, exc)}") from None


def _optional_tail(fields: list[str], header: list[str], optional: tuple[str, ...]) -> bool:
    """A record that leaves off only optional trailing columns (written before they existed)."""
    return len(fields) < len(header) and all(c in optional for c in header[len(fields) :])


def missing_typed_columns(facts_path: str | Path) -> tuple[str, ...]:
    """The typed-quantity columns a table's header lacks (empty when it has them all, or is unreadable)."""
    try:
        text = table_text(table_bytes(Path(facts_path)), Path(facts_path))
    except FactTableError:
        return ()
    header = [h.strip() for h in next(csv.reader(io.StringIO(text)), [])]
    return tuple(c for c in TYPED_COLUMNS if c not in header)


def migration_note(facts_path: str | Path) -> str:
    """How to give a table without the typed-quantity columns their meaning ('' when it has them)."""
    missing = missing_typed_columns(facts_path)
    if not missing:
        return ""
    return (
        f"{facts_path}: note: no column(s) {', '.join(missing)}: every number is read as a range. To say "
        f"what a number is, add them at the end of the header (rows may leave them off) and fill qty_type "
        f"(range, point, maximum, minimum, set, year), qty_values (a set's values: 0.5;1;2) and scope "
        f"(for whom: an entity id); see docs/reference-table.md"
    )


def _check_header(header: list[str], path: str, columns: tuple[str, ...], optional: tuple[str, ...] = ()) -> None:
    missing = [c for c in columns if c not in header]
    unknown = [c for c in header if c not in columns and c not in optional]
    dup = sorted({c for c in header if header.count(c) > 1})
    if not missing and not unknown and not dup:
        return
    if len(header) == 1:
        for sep, name in ((";", "semicolons"), ("\t", "tabs"), ("|", "bars")):
            if header[0].count(sep) >= 2:
                raise FactTableError(
                    f"{path}:1: the header is separated by {name}, not commas (save the table as comma-separated CSV)"
                )
    if len(missing) == len(columns):
        raise FactTableError(
            f"{path}:1: no header line (the first line must name the columns: {','.join(columns[:4])},...)"
        )
    parts = [f"missing column(s) {', '.join(missing)}"] if missing else []
    parts += [f"unknown column(s) {', '.join(unknown)}"] if unknown else []
    parts += [f"column(s) named twice: {', '.join(dup)}"] if dup else []
    raise FactTableError(f"{path}:1: " + "; ".join(parts))


def _field_count(fields: list[str], header: list[str]) -> str:
    if len(fields) > len(header):
        return (
            f"{len(fields)} fields, the header has {len(header)}: extra field(s) after column "
            f"'{header[-1]}' (an unquoted comma in a value?)"
        )
    return f"{len(fields)} fields, the header has {len(header)}: column '{header[len(fields)]}' onwards is missing"


def _csv_problem(text: str, line: int, header: list[str], exc: csv.Error) -> str:
    """Which column of the record starting on `line` the csv module choked on."""
    lines = text.splitlines(keepends=True)
    record = "".join(lines[line - 1 :])
    column, quoted, at_start, i = 0, False, True, 0
    opened = 0
    while i < len(record):
        ch = record[i]
        if quoted:
            if ch == '"' and record[i + 1 : i + 2] == '"':
                i += 1
            elif ch == '"':
                quoted = False
                if record[i + 1 : i + 2] not in (",", "\r", "\n", ""):
                    break  # text after a closing quote
        elif ch == '"' and at_start:
            quoted, opened = True, column
        elif ch == '"':
            break  # a quote inside an unquoted value
        elif ch == ",":
            column += 1
        elif ch in "\r\n":
            break
        at_start = ch == "," and not quoted
        i += 1
    name = header[min(opened if quoted else column, len(header) - 1)]
    if quoted:
        return f"column '{name}': malformed CSV: a quote opened here is never closed"
    return f"column '{name}': malformed CSV ({exc})"


def parse_entities(text: str, path: str) -> dict[str, Entity]:
    """The lexicon's entities by id; FactTableError names the file, line and column of a bad row.

    >>> text = "id,type,label,aliases,parents,exclusive_group\\nssri,drug_class,SSRI,ssri,,pharmacological_class\\n"
    >>> parse_entities(text, "e.csv")["ssri"].exclusive_group
    'pharmacological_class'
    """
    entities: dict[str, Entity] = {}
    lines: dict[str, int] = {}
    for line, row in table_rows(text, path, ENTITY_COLUMNS, ENTITY_OPTIONAL_COLUMNS):
        eid = row["id"]
        if not _ENTITY_ID.match(eid):
            raise FactTableError(f"{path}:{line}: column 'id': bad entity id {eid!r}")
        if eid in entities:
            raise FactTableError(f"{path}:{line}: column 'id': duplicate entity id {eid!r}")
        if row["type"] not in ENTITY_TYPES:
            raise FactTableError(f"{path}:{line}: column 'type': unknown type {row['type']!r}")
        group = row.get("exclusive_group", "")
        if group and group not in EXCLUSIVE_GROUPS:
            want = ", ".join(sorted(EXCLUSIVE_GROUPS))
            raise FactTableError(f"{path}:{line}: column 'exclusive_group': unknown group {group!r} (want {want})")
        lines[eid] = line
        entities[eid] = Entity(
            id=eid,
            type=row["type"],
            label=row["label"] or eid,
            aliases=tuple(a.strip().lower() for a in row["aliases"].split("|") if a.strip()),
            parents=tuple(p.strip() for p in row["parents"].split("|") if p.strip()),
            exclusive_group=group,
        )
    for ent in entities.values():
        for parent in ent.parents:
            if parent not in entities:
                raise FactTableError(f"{path}:{lines[ent.id]}: column 'parents': unknown entity {parent!r}")
    return entities


def parse_facts(text: str, path: str, entities: dict[str, Entity]) -> tuple[list[Fact], list[str]]:
    facts: list[Fact] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for line, row in table_rows(text, path, FACT_COLUMNS, FACT_OPTIONAL_COLUMNS):
        errs = _row_problems(row, entities)
        if row.get("manner", "") not in MANNERS:
            errs.append(("manner", f"unknown manner {row['manner']!r} (want empty or {', '.join(MANNERS[1:])})"))
        _typed_problems(row, entities, errs)
        if row["id"] in seen:
            errs.append(("id", f"duplicate id {row['id']!r} (first on line {seen[row['id']]})"))
        seen.setdefault(row["id"], line)
        errs = _draft_first(row, errs)
        if errs:
            problems.extend(f"{path}:{line}: column '{col}': {msg}" for col, msg in errs)
            continue
        facts.append(
            Fact(
                id=row["id"],
                kind=row["kind"],
                subject=row["subject"],
                relation=row["relation"],
                object=row["object"],
                aspect=row["aspect"],
                polarity=row["polarity"],
                value=row["value"],
                qualifier=row["qualifier"],
                qty_min=_num(row["qty_min"]),
                qty_max=_num(row["qty_max"]),
                unit=row["unit"],
                attribution=row["attribution"],
                statement=row["statement"],
                correction=row["correction"],
                source=row["source"],
                source_type=row["source_type"],
                source_url=row["source_url"],
                reviewed=row["reviewed"],
                severity=row["severity"],
                topic=row["topic"],
                manner=row.get("manner", ""),
                qty_type=row.get("qty_type", ""),
                qty_values=_values(row.get("qty_values", "")),
                scope=row.get("scope", ""),
                row=line,
            )
        )
    if not facts and not problems:
        problems.append(f"{path}:2: the table has no rows, only a header")
    return facts, problems


# The columns `verify facts draft` leaves empty for a person to fill from a source (pipeline/draft.py).
DRAFT_COLUMNS_TO_FILL = ("kind", "source", "source_type", "reviewed")


def _draft_first(row: dict[str, str], errs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A row without its kind, or without both its source and its review date, is a draft (as `verify
    facts draft` writes them): one message naming the empty columns comes first (the one the loader's
    one-line error shows), in place of theirs. A row missing only its source keeps "source is required"."""
    empty = [c for c in DRAFT_COLUMNS_TO_FILL if not row[c]]
    if row["kind"] and not ("source" in empty and "reviewed" in empty):
        return errs
    message = f"draft row: fill in source, source_type, reviewed and kind (empty: {', '.join(empty)})"
    return [(empty[0], message)] + [e for e in errs if e[0] not in DRAFT_COLUMNS_TO_FILL]


def _num(text: str) -> float | None:
    if not text:
        return None
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def _row_problems(row: dict[str, str], entities: dict[str, Entity]) -> list[tuple[str, str]]:
    """(column, message) for every problem of one row. Messages are built only for a failing
    check, so a clean row costs a few set look-ups (a table of a million rows loads in seconds)."""
    errs: list[tuple[str, str]] = []
    _identity_problems(row, errs)
    _entity_problems(row, entities, errs)
    _value_problems(row, errs)
    _source_problems(row, errs)
    return errs


def _identity_problems(row: dict[str, str], errs: list[tuple[str, str]]) -> None:
    """Append the problems of the row's id, kind and relation to `errs`."""
    rid, kind = row["id"], row["kind"]
    if not _ID.match(rid):
        errs.append(("id", f"bad id {rid!r} (want F-0001 or M-0001)"))
    if kind not in ("fact", "myth"):
        errs.append(("kind", f"kind must be fact or myth, not {kind!r}"))
    elif _ID.match(rid) and rid[0] != kind[0].upper():
        errs.append(("id", f"a {kind} id starts with {kind[0].upper()}-"))
    if row["relation"] not in RELATIONS:
        errs.append(("relation", f"unknown relation {row['relation']!r}"))


def _entity_problems(row: dict[str, str], entities: dict[str, Entity], errs: list[tuple[str, str]]) -> None:
    """Append to `errs` the entity columns naming an unknown entity, and a missing object."""
    for col in ("subject", "object", "qualifier", "attribution"):
        value = row[col]
        if (value or col == "subject") and value not in entities:
            errs.append((col, f"unknown entity {value!r}"))
    if not row["object"] and row["relation"] != "recommends":
        errs.append(("object", "object is required"))


def _value_problems(row: dict[str, str], errs: list[tuple[str, str]]) -> None:
    """Append the problems of aspect, polarity, value and the quantity (range and unit) to `errs`."""
    if row["aspect"] not in ASPECTS:
        errs.append(("aspect", f"unknown aspect {row['aspect']!r}"))
    if row["polarity"] not in ("affirmed", "negated"):
        errs.append(("polarity", f"polarity must be affirmed or negated, not {row['polarity']!r}"))
    if row["value"] not in VALUES:
        errs.append(("value", f"unknown value {row['value']!r}"))
    lo, hi = row["qty_min"], row["qty_max"]
    if lo or hi:
        try:
            lo_n, hi_n = _num(lo), _num(hi)
        except ValueError:
            errs.append(("qty_min" if not _is_num(lo) else "qty_max", "not a number"))
        else:
            if lo_n is not None and hi_n is not None and lo_n > hi_n:
                errs.append(("qty_min", f"qty_min {lo} is greater than qty_max {hi}"))
            if row["unit"] not in UNITS:
                errs.append(("unit", f"unknown unit {row['unit']!r}"))


def _source_problems(row: dict[str, str], errs: list[tuple[str, str]]) -> None:
    """Append the problems of statement, correction, source, source type, review date and severity to `errs`."""
    if not row["statement"]:
        errs.append(("statement", "statement is required"))
    if row["kind"] == "myth" and not row["correction"]:
        errs.append(("correction", "a myth needs its correction"))
    if not row["source"]:
        errs.append(("source", "source is required"))
    if row["source_type"] not in SOURCE_TYPES:
        errs.append(("source_type", f"unknown source type {row['source_type']!r}"))
    if not _is_date(row["reviewed"]):
        errs.append(("reviewed", f"reviewed must be a date YYYY-MM-DD, not {row['reviewed']!r}"))
    if row["severity"] not in SEVERITIES:
        errs.append(("severity", f"unknown severity {row['severity']!r}"))


def _values(text: str) -> tuple[float, ...]:
    """'0.5;1;2' -> (0.5, 1.0, 2.0); only called on a row that passed `_typed_problems`."""
    return tuple(float(v) for v in text.split(";") if v.strip())


def _typed_problems(row: dict[str, str], entities: dict[str, Entity], errs: list[tuple[str, str]]) -> None:
    """Append the problems of the typed-quantity columns (qty_type, qty_values, scope) to `errs`."""
    kind, values, scope = row.get("qty_type", ""), row.get("qty_values", ""), row.get("scope", "")
    for part in scope.split("|") if scope else ():
        if part not in entities:
            errs.append(("scope", f"unknown entity {part!r}"))
    if kind not in QTY_TYPES:
        errs.append(("qty_type", f"unknown qty_type {kind!r} (want {', '.join(sorted(QTY_TYPES - {''}))})"))
        return
    if values and not all(_is_num(v.strip()) and v.strip() for v in values.split(";")):
        errs.append(("qty_values", f"want numbers separated by ';' (0.5;1;2), not {values!r}"))
    elif values and kind not in ("set", "point", "year", "maximum"):
        errs.append(("qty_values", f"only a set, a point, a year or a maximum has qty_values, not a {kind or 'range'}"))
    if not kind:
        return
    lo, hi = row["qty_min"], row["qty_max"]
    need = {"set": values, "maximum": hi, "minimum": lo, "year": lo or hi or values}.get(kind, lo or hi)
    if not need:
        errs.append(("qty_type", f"a {kind} row needs {_NEEDS[kind]}"))
    if (kind == "year") != (row["unit"] == "year"):
        errs.append(("unit", "a year row has unit 'year', and only a year row has it"))


_NEEDS = {
    "set": "its values in qty_values",
    "maximum": "qty_max",
    "minimum": "qty_min",
    "year": "the year in qty_min/qty_max",
    "range": "qty_min or qty_max",
    "typical": "qty_min or qty_max",
    "point": "its spread in qty_min/qty_max",
}


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
