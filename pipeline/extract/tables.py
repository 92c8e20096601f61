"""Comparison tables of a page: a header of drugs ("Condition | Zoloft | Lexapro |") and rows of marks
("Panic Disorder | ✔️ | ❌ |"). A row of marks says, for each drug of the header, whether the row's
item holds of it; what "holds" means is read from the words before the table (`table_readings.csv`:
"approved", "side effects"). Each mark becomes a sentence of its own ("Lexapro is not FDA-approved
for Panic Disorder."), read as any sentence is, its span the table row. A table whose lead names no
reading, or a row of text cells, is read as before (each row a line of its own).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import FactTableError
from ..lexicon import DATA, read_rows

KINDS = ("yes", "no", "reading", "blocker")
SEPARATOR_CELL = re.compile(r":?-{2,}:?")


@dataclass(frozen=True)
class TableReadings:
    """The marks of a table cell, and the readings a table's lead may name: (cue, sentence for a
    yes mark, sentence for a no mark), each sentence with `{drug}` and `{item}` to fill."""

    yes: frozenset[str]
    no: frozenset[str]
    readings: tuple[tuple[str, str, str], ...]
    blockers: frozenset[str] = frozenset()


@lru_cache(maxsize=2)
def load_table_readings(data: Path = DATA) -> TableReadings:
    """Read and check `table_readings.csv` in `data` (columns kind, phrase, value)."""
    marks: dict[str, set[str]] = {"yes": set(), "no": set(), "blocker": set()}
    readings: list[tuple[str, str, str]] = []
    for path, line, row in read_rows("table_readings.csv", ("kind", "phrase", "value"), data):
        kind, phrase, value = row["kind"], row["phrase"].lower(), row["value"]
        if kind in marks and not value:
            marks[kind].add(phrase)
            continue
        sentences = value.split("|")
        filled = len(sentences) == 2 and all(not t or ("{drug}" in t and "{item}" in t) for t in sentences)
        if kind != "reading" or not filled or not sentences[0]:
            raise FactTableError(f"{path}:{line}: want a mark, a blocker, or a reading with a yes and a no sentence")
        readings.append((phrase, sentences[0], sentences[1]))
    return TableReadings(frozenset(marks["yes"]), frozenset(marks["no"]), tuple(readings), frozenset(marks["blocker"]))


def reading_of(lead: str, readings: TableReadings) -> tuple[str, str] | None:
    """The (yes, no) sentences the line before a table names, or None: when it names no reading, two
    different ones, or a word that narrows or turns what the marks mean (`blocker`: "not", "off-label",
    "children", "UK", a question, a legend of its own)."""
    said = lead.lower()

    def has(phrase: str) -> bool:
        return bool(re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", said))

    if any(has(b) for b in readings.blockers | readings.yes | readings.no):
        return None
    found = {(r[1], r[2]) for r in readings.readings if has(r[0])}
    return found.pop() if len(found) == 1 else None


def table_cells(line: str) -> list[str] | None:
    """The cells of a table line, or None for a line that is no table row.

    >>> table_cells("Panic Disorder | ✔️ | ❌ |")
    ['Panic Disorder', '✔️', '❌']
    >>> table_cells("Xanax treats panic disorder.") is None
    True
    """
    if line.count("|") < 2:
        return None
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    return cells if len(cells) >= 2 and all(cells) else None


def drug_name(cell: str) -> str:
    """A header cell without its parenthesis: "Lorazepam (Benzodiazepine)" -> "Lorazepam"."""
    return " ".join(re.sub(r"\([^)]*\)", " ", cell).split())


def is_separator(cells: list[str]) -> bool:
    """'---|---|---': the line under a table's header."""
    return all(SEPARATOR_CELL.fullmatch(c) for c in cells)


def row_sentences(
    header: list[str], row: list[str], lead: str, readings: TableReadings, is_drug: Callable[[str], bool]
) -> str | None:
    """The sentences a row of marks says under `header`, read as `lead` names, or None.

    >>> said = ("approved", "{drug} is for {item}.", "{drug} is not for {item}.")
    >>> r = TableReadings(frozenset({"✔️"}), frozenset({"❌"}), (said,))
    >>> drugs = lambda cell: cell.lower() in {"zoloft", "lexapro"}
    >>> row_sentences(["Condition", "Zoloft", "Lexapro"], ["PTSD", "✔️", "❌"], "What each is approved for:", r, drugs)
    'Zoloft is for PTSD. Lexapro is not for PTSD.'
    """
    found = reading_of(lead, readings)
    marks = readings.yes | readings.no
    if found is None or len(row) != len(header) or is_separator(row) or not all(is_drug(c) for c in header[1:]):
        return None  # (a header of anything but drugs: conditions, features, marks)
    out = []
    for drug, mark in zip(header[1:], row[1:], strict=True):
        mark = mark.lower()
        if mark not in marks:
            return None  # a row of text cells
        said = found[0] if mark in readings.yes else found[1]
        if said:  # a side effect left unmarked is not denied: no sentence
            out.append(said.format(drug=drug_name(drug), item=row[0]))
    return " ".join(out) or None
