"""The coverage model: which drugs the table is to cover, section by section of their US labels.

The model is data (docs/reference-table.md, "Coverage"):

- `data/coverage_drugs.csv`: the drugs in scope and the classes that get a row of their own, in the
  order of the matrix, with the formulations their names and strengths sections cover;
- `data/coverage_sections.csv`: the sections of a label each drug is checked for, in column order;
- `data/coverage_rules.csv`: how a row is assigned to a section, from its topic, relation, object,
  the other entities it names, its source type and its unit (the first rule that fits wins);
- `data/coverage_reasons.csv`: why a cell may be empty on purpose;
- `data/coverage_jurisdictions.csv`: the authorities whose rows are not about the US label.

`coverage_gaps.csv`, beside the fact table, gives the reason of each cell that is empty on purpose.
A row counts for the drug of the model it names: its subject, else its object, else its qualifier.
A row about a class counts for the class's row of the matrix, never silently for each member.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import FactTableError, VerifyError
from .kb import KnowledgeBase, table_bytes, table_rows, table_text
from .lint import Problem
from .types import Fact

DATA = Path(__file__).parent / "data"
GAPS_NAME = "coverage_gaps.csv"
GAP_COLUMNS = ("drug", "section", "reason", "note")
RULE_KEYS = ("topic", "relation", "object", "names", "source_type", "unit")
US = "US"


@dataclass(frozen=True)
class Section:
    id: str
    short: str
    label: str


@dataclass(frozen=True)
class Rule:
    """Assigns a row to `section` when every non-empty field fits (`|` separates alternatives)."""

    section: str
    line: int
    topic: frozenset[str] = frozenset()
    relation: frozenset[str] = frozenset()
    object: frozenset[str] = frozenset()  # the row's object is a kind of one (`type:T`: of that type)
    names: frozenset[str] = frozenset()  # an entity the row names besides its drug is a kind of one
    source_type: frozenset[str] = frozenset()
    unit: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Reason:
    id: str
    mark: str
    meaning: str


@dataclass(frozen=True)
class Gap:
    drug: str
    section: str
    reason: str
    note: str
    line: int


@dataclass(frozen=True)
class Model:
    drugs: tuple[str, ...]
    labels: dict[str, str]
    formulations: dict[str, tuple[str, ...]]
    sections: tuple[Section, ...]
    rules: tuple[Rule, ...]
    reasons: dict[str, Reason]
    jurisdictions: dict[str, str]


@dataclass
class Cell:
    """One drug and section: its fact rows (US), its myths, its rows of other jurisdictions."""

    facts: list[str] = field(default_factory=list)
    myths: list[str] = field(default_factory=list)
    elsewhere: list[str] = field(default_factory=list)
    class_rows: int = 0
    gap: Gap | None = None


@dataclass
class Coverage:
    model: Model
    cells: dict[str, dict[str, Cell]]
    classes: dict[str, tuple[str, ...]]  # drug -> the classes of the model it is a kind of
    unassigned: list[str]  # rows about a drug of the model that fit no section
    outside: int  # rows about no drug of the model
    labels: dict[str, str]
    class_ids: frozenset[str]  # the lines of the matrix that are classes


def _rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, row) of a CSV file whose header must name `columns`: the fact table's own reader
    (`kb.table_rows`), so a bad file gets the same one-line FactTableError naming file and line."""
    return table_rows(table_text(table_bytes(path), path), str(path), columns)


def _alternatives(text: str) -> frozenset[str]:
    return frozenset(p.strip() for p in text.split("|") if p.strip())


def load_model(data: Path = DATA) -> Model:
    """The coverage model of the data files in `data`; a bad row is a FactTableError naming it."""
    drugs = list(_rows(data / "coverage_drugs.csv", ("id", "label", "formulations")))
    labels = {row["id"]: row["label"] for _, row in drugs}
    formulations = {
        row["id"]: tuple(p.strip() for p in row["formulations"].split("|") if p.strip()) for _, row in drugs
    }
    sections = tuple(Section(**row) for _, row in _rows(data / "coverage_sections.csv", ("id", "short", "label")))
    known = {s.id for s in sections}
    rules = []
    path = data / "coverage_rules.csv"
    for line, row in _rows(path, ("section", *RULE_KEYS, "note")):
        if row["section"] not in known:
            raise FactTableError(f"{path}:{line}: column 'section': unknown section {row['section']!r}")
        rules.append(Rule(row["section"], line, **{k: _alternatives(row[k]) for k in RULE_KEYS}))
    reasons = {r["id"]: Reason(**r) for _, r in _rows(data / "coverage_reasons.csv", ("id", "mark", "meaning"))}
    places = _rows(data / "coverage_jurisdictions.csv", ("authority", "jurisdiction"))
    jurisdictions = {row["authority"]: row["jurisdiction"] for _, row in places}
    return Model(tuple(labels), labels, formulations, sections, tuple(rules), reasons, jurisdictions)


def read_gaps(path: Path, model: Model) -> list[Gap]:
    """The reasons of `coverage_gaps.csv` (none when the file does not exist); a line naming an unknown
    drug, section or reason, or a cell given twice, is a FactTableError naming it."""
    if not path.exists():
        return []
    gaps: list[Gap] = []
    seen: dict[tuple[str, str], int] = {}
    sections = {s.id for s in model.sections}
    for line, row in _rows(path, GAP_COLUMNS):
        for column, known in (("drug", model.drugs), ("section", sections), ("reason", model.reasons)):
            if row[column] not in known:
                raise FactTableError(f"{path}:{line}: column '{column}': unknown {column} {row[column]!r}")
        key = (row["drug"], row["section"])
        if key in seen:
            raise FactTableError(f"{path}:{line}: column 'section': {key[0]} {key[1]} is given at line {seen[key]} too")
        seen[key] = line
        gaps.append(Gap(row["drug"], row["section"], row["reason"], row["note"], line))
    return gaps


def row_drug(fact: Fact, drugs: tuple[str, ...] | frozenset[str]) -> str:
    """The drug of the model a row is about: its subject, else its object, else its qualifier ('' for none).
    A row that says what its subject is (`is_a`) is about its subject only: "flurazepam is a
    benzodiazepine" says nothing of the class."""
    named = (fact.subject,) if fact.relation == "is_a" else (fact.subject, fact.object, fact.qualifier)
    return next((e for e in named if e and e in drugs), "")


def _fits(ids: frozenset[str], entity: str, kb: KnowledgeBase) -> bool:
    return any(
        kb.type_of(entity) == want[5:] if want.startswith("type:") else kb.is_kind_of(entity, want) for want in ids
    )


def row_section(fact: Fact, drug: str, rules: tuple[Rule, ...], kb: KnowledgeBase) -> str:
    """The section of the first rule that fits the row ('' for none)."""
    named = [e for e in (fact.subject, fact.object, fact.qualifier, *fact.scope.split("|")) if e and e != drug]
    for rule in rules:
        if (
            (not rule.topic or fact.topic in rule.topic)
            and (not rule.relation or fact.relation in rule.relation)
            and (not rule.object or (fact.object != drug and _fits(rule.object, fact.object, kb)))
            and (not rule.names or any(_fits(rule.names, e, kb) for e in named))
            and (not rule.source_type or fact.source_type in rule.source_type)
            and (not rule.unit or fact.unit in rule.unit)
        ):
            return rule.section
    return ""


def coverage(kb: KnowledgeBase, model: Model, gaps: list[Gap]) -> Coverage:
    """The drug x section matrix of `kb`'s rows, with the reasons of `gaps` on their cells."""
    cells = {d: {s.id: Cell() for s in model.sections} for d in model.drugs}
    drugs = frozenset(model.drugs)
    unassigned: list[str] = []
    outside = 0
    for fact in kb.facts:
        drug = row_drug(fact, drugs)
        section = row_section(fact, drug, model.rules, kb) if drug else ""
        if not drug:
            outside += 1
        elif not section:
            unassigned.append(fact.id)
        elif fact.is_myth:
            cells[drug][section].myths.append(fact.id)
        elif model.jurisdictions.get(fact.attribution, US) != US:
            cells[drug][section].elsewhere.append(fact.id)
        else:
            cells[drug][section].facts.append(fact.id)
    for gap in gaps:
        cells[gap.drug][gap.section].gap = gap
    classes = {d: tuple(c for c in model.drugs if c != d and kb.is_kind_of(d, c)) for d in model.drugs}
    for drug, among in classes.items():
        for section, cell in cells[drug].items():
            cell.class_rows = sum(len(cells[c][section].facts) for c in among)
    labels = {d: model.labels.get(d) or (kb.entities[d].label if d in kb.entities else d) for d in model.drugs}
    class_ids = frozenset(d for d in model.drugs if kb.type_of(d) == "drug_class")
    return Coverage(model, cells, classes, unassigned, outside, labels, class_ids)


@dataclass(frozen=True)
class CoverageProblem(Problem):
    """A warning about a cell of the matrix: names the gaps file, and its line when there is one."""

    def __str__(self) -> str:
        return (
            f"{self.path}:{self.row}: {self.level}: {self.message}"
            if self.row
            else f"{self.path}: {self.level}: {self.message}"
        )


def coverage_problems(cov: Coverage, gaps_path: str) -> list[Problem]:
    """Warnings: an empty cell without a reason; a reason on a cell that has rows; `by_class` on a cell
    whose classes have no row for the section."""
    out: list[Problem] = []
    for drug, row in cov.cells.items():
        for section, cell in row.items():
            gap, where = cell.gap, f"coverage: {drug} / {section}"
            if not cell.facts and gap is None:
                message = f"{where} has no row and no reason (write its rows, or give the reason in {GAPS_NAME})"
                out.append(CoverageProblem("warning", gaps_path, 0, "reason", message))
            elif cell.facts and gap is not None:
                message = f"{where} has {len(cell.facts)} row(s) now: drop its reason {gap.reason!r}"
                out.append(CoverageProblem("warning", gaps_path, gap.line, "reason", message))
            elif gap is not None and gap.reason == "by_class" and not cell.class_rows:
                message = f"{where} is left to its class (by_class), but no class of the model has a row for it"
                out.append(CoverageProblem("warning", gaps_path, gap.line, "reason", message))
    return out


def cell_mark(cell: Cell, reasons: dict[str, Reason]) -> str:
    """A cell as the matrix shows it: its number of rows, the mark of its reason, or `!` (unexplained)."""
    if cell.facts:
        return str(len(cell.facts))
    return reasons[cell.gap.reason].mark if cell.gap else "!"


def coverage_json(cov: Coverage) -> dict:
    """The matrix as JSON: sections, drugs, reasons, one object per cell, and the rows in no cell."""
    model = cov.model
    return {
        "sections": [{"id": s.id, "short": s.short, "label": s.label} for s in model.sections],
        "drugs": [
            {
                "id": d,
                "label": cov.labels[d],
                "classes": list(cov.classes[d]),
                "formulations": list(model.formulations[d]),
            }
            for d in model.drugs
        ],
        "reasons": [{"id": r.id, "mark": r.mark, "meaning": r.meaning} for r in model.reasons.values()],
        "cells": {d: {s: _cell_json(c) for s, c in row.items()} for d, row in cov.cells.items()},
        "unexplained": [[d, s] for d, row in cov.cells.items() for s, c in row.items() if not c.facts and not c.gap],
        "unassigned": cov.unassigned,
        "outside": cov.outside,
    }


def _cell_json(cell: Cell) -> dict:
    return {
        "rows": len(cell.facts),
        "facts": cell.facts,
        "myths": cell.myths,
        "other_jurisdictions": cell.elsewhere,
        "class_rows": cell.class_rows,
        "reason": cell.gap.reason if cell.gap else None,
        "note": cell.gap.note if cell.gap else "",
    }


def coverage_text(cov: Coverage) -> str:
    """The matrix as a plain-text table, with the legend of its columns and marks."""
    sections = cov.model.sections
    width = max(len(cov.labels[d]) + 2 for d in cov.model.drugs)
    widths = [max(len(s.short), 2) for s in sections]
    lines = [" " * width + " " + " ".join(s.short.rjust(w) for s, w in zip(sections, widths))]
    for drug in cov.model.drugs:
        name = ("  " if cov.classes[drug] else "") + cov.labels[drug]
        marks = [cell_mark(cov.cells[drug][s.id], cov.model.reasons).rjust(w) for s, w in zip(sections, widths)]
        lines.append(name.ljust(width) + " " + " ".join(marks))
    lines.append("")
    lines += [f"{s.short:>6}  {s.label}" for s in sections]
    lines.append("")
    lines.append("a number: rows of the table (facts that hold in the US); a class's rows count on the class's line")
    lines += [f"{r.mark:>6}  {r.meaning}" for r in cov.model.reasons.values()]
    lines.append("     !  empty, and no reason given in coverage_gaps.csv")
    lines.append("")
    lines.append(_tail(cov))
    return "\n".join(lines)


def _tail(cov: Coverage) -> str:
    shown = ", ".join(cov.unassigned[:20]) + (", ..." if len(cov.unassigned) > 20 else "")
    return (
        f"rows about these drugs in no section: {len(cov.unassigned)}"
        + (f" ({shown})" if cov.unassigned else "")
        + f"; rows about no drug of the model: {cov.outside}"
    )


def coverage_markdown(cov: Coverage) -> str:
    """The matrix as the README shows it: a Markdown table and its legend."""
    sections = cov.model.sections
    head = "| drug | " + " | ".join(f"`{s.short}`" for s in sections) + " |"
    lines = [head, "|" + "---|" * (len(sections) + 1)]
    for drug in cov.model.drugs:
        name = f"**{cov.labels[drug]}** (class)" if drug in cov.class_ids else cov.labels[drug]
        marks = [cell_mark(cov.cells[drug][s.id], cov.model.reasons) for s in sections]
        lines.append(f"| {name} | " + " | ".join(marks) + " |")
    lines.append("")
    lines.append("Columns: " + "; ".join(f"`{s.short}` {s.label}" for s in sections) + ".")
    lines.append("")
    legend = "; ".join(f"`{r.mark}` {r.meaning}" for r in cov.model.reasons.values())
    lines.append(f"A number is the rows of the table that state the section for the drug (US facts). {legend}.")
    lines.append("")
    tail = _tail(cov)
    lines.append(tail[0].upper() + tail[1:] + ".")
    return "\n".join(lines)


def default_coverage(facts_path: str | Path | None = None) -> tuple[Coverage, Path]:
    """The coverage of a table (the bundled one by default) with the gaps file beside it."""
    from .kb import DEFAULT_FACTS, load_kb

    path = Path(facts_path) if facts_path else DEFAULT_FACTS
    kb = load_kb(path)
    model = load_model()
    gaps_path = path.with_name(GAPS_NAME)
    return coverage(kb, model, read_gaps(gaps_path, model)), gaps_path


def dumps(cov: Coverage) -> str:
    return json.dumps(coverage_json(cov), indent=2)


README_START = "<!-- coverage matrix: generated by `python -m pipeline.coverage --readme`; do not edit by hand -->"
README_END = "<!-- end of coverage matrix -->"


def readme_block(text: str) -> str:
    """The generated block of a README: the text between its two markers (FactTableError without them)."""
    if README_START not in text or README_END not in text:
        raise FactTableError(f"README has no coverage block (a line {README_START!r} and a line {README_END!r})")
    start = text.index("\n", text.index(README_START)) + 1
    return text[start : text.index(README_END)].strip("\n")


def with_readme_block(text: str, block: str) -> str:
    """`text` with its coverage block replaced by `block`."""
    readme_block(text)
    head, rest = text.split(README_START, 1)
    return head + README_START + "\n" + block + "\n" + README_END + rest.split(README_END, 1)[1]


def pruned_gaps(gaps_path: Path, cov: Coverage) -> str:
    """The gaps file without the lines of cells that have rows now (the lines kept byte for byte)."""
    stale = {c.gap.line for row in cov.cells.values() for c in row.values() if c.facts and c.gap}
    lines = gaps_path.read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(line for n, line in enumerate(lines, 1) if n not in stale)


def main(argv: list[str] | None = None) -> int:
    """python -m pipeline.coverage [--readme [README]] [--prune]: the matrix; rewrite the README's block;
    drop the reasons of cells that have rows now."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m pipeline.coverage", description=main.__doc__)
    parser.add_argument("--readme", nargs="?", const="README.md", help="rewrite this README's coverage block")
    parser.add_argument("--prune", action="store_true", help=f"drop the {GAPS_NAME} lines of cells that have rows")
    args = parser.parse_args(argv)
    try:
        _run(args.readme, args.prune)
    except (VerifyError, OSError, UnicodeDecodeError) as err:
        print(f"python -m pipeline.coverage: error: {err}", file=sys.stderr)
        return 2
    return 0


def _run(readme_name: str | None, prune: bool) -> None:
    """The work of `main`: each file is replaced whole (a temporary file renamed over it), never half
    written."""
    cov, gaps_path = default_coverage()
    if prune:
        _replace(gaps_path.resolve(), pruned_gaps(gaps_path.resolve(), cov))
        cov, gaps_path = default_coverage()
    if readme_name:
        readme = Path(readme_name)
        _replace(readme, with_readme_block(readme.read_text(encoding="utf-8"), coverage_markdown(cov)))
    if not (readme_name or prune):
        print(coverage_text(cov))


def _replace(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


if __name__ == "__main__":
    raise SystemExit(main())
