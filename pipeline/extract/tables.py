"""Comparison tables of a page: a header of drugs ("Condition | Zoloft | Lexapro |") and rows of marks
("Panic Disorder | ✔️ | ❌ |"). A row of marks says, for each drug of the header, whether the row's
item holds of it; what "holds" means is read from the words before the table (`table_readings.csv`:
"approved", "side effects"). Each mark becomes a sentence of its own ("Lexapro is not FDA-approved
for Panic Disorder."), read as any sentence is, its span the table row. A table whose lead names no
reading, or a row of text cells, is read as before (each row a line of its own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import FactTableError
from ..lexicon import DATA, read_rows

KINDS = ("yes", "no", "reading")
SEPARATOR_CELL = re.compile(r":?-{2,}:?")


@dataclass(frozen=True)
class TableReadings:
    """The marks of a table cell, and the readings a table's lead may name: (cue, sentence for a
    yes mark, sentence for a no mark), each sentence with `{drug}` and `{item}` to fill."""

    yes: frozenset[str]
    no: frozenset[str]
    readings: tuple[tuple[str, str, str], ...]


@lru_cache(maxsize=2)
def load_table_readings(data: Path = DATA) -> TableReadings:
    """Read and check `table_readings.csv` in `data` (columns kind, phrase, value)."""
    marks: dict[str, set[str]] = {"yes": set(), "no": set()}
    readings: list[tuple[str, str, str]] = []
    for path, line, row in read_rows("table_readings.csv", ("kind", "phrase", "value"), data):
        kind, phrase, value = row["kind"], row["phrase"].lower(), row["value"]
        if kind in marks and not value:
            marks[kind].add(phrase)
            continue
        sentences = value.split("|")
        if kind != "reading" or len(sentences) != 2 or not all("{drug}" in t and "{item}" in t for t in sentences):
            raise FactTableError(f"{path}:{line}: want a yes or no mark, or a reading with two sentences")
        readings.append((phrase, sentences[0], sentences[1]))
    return TableReadings(frozenset(marks["yes"]), frozenset(marks["no"]), tuple(readings))


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


def is_separator(cells: list[str]) -> bool:
    """'---|---|---': the line under a table's header."""
    return all(SEPARATOR_CELL.fullmatch(c) for c in cells)


def row_sentences(header: list[str], row: list[str], lead: str, readings: TableReadings) -> str | None:
    """The sentences a row of marks says under `header`, read as `lead` names, or None.

    >>> said = ("approved", "{drug} is for {item}.", "{drug} is not for {item}.")
    >>> r = TableReadings(frozenset({"✔️"}), frozenset({"❌"}), (said,))
    >>> row_sentences(["Condition", "Zoloft", "Lexapro"], ["PTSD", "✔️", "❌"], "What each is approved for:", r)
    'Zoloft is for PTSD. Lexapro is not for PTSD.'
    """
    said = lead.lower()
    found = next((r for r in readings.readings if re.search(rf"\b{re.escape(r[0])}\b", said)), None)
    marks = readings.yes | readings.no
    if found is None or len(row) != len(header) or is_separator(row) or any(c.lower() in marks for c in header):
        return None  # (a header of marks: the table had no header line)
    out = []
    for drug, mark in zip(header[1:], row[1:], strict=True):
        mark = mark.lower()
        if mark not in marks:
            return None  # a row of text cells
        out.append((found[1] if mark in readings.yes else found[2]).format(drug=drug, item=row[0]))
    return " ".join(out)
