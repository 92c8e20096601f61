"""The extractor's curated word lists (relation triggers, cue words, boilerplate patterns).

They are data files in `pipeline/data/`, loaded and validated by `load_lexicon()`;
a bad row raises FactTableError naming the file, line and column.

`boilerplate.csv` (columns `pattern,note`) holds regular expressions (case-insensitive) of sentences
that are not check-worthy. The note says what a row catches; two notes give their own reason: rows
noted `opinion` make a sentence `opinion` ("In our opinion, ..."), rows noted `truism` make it
`truism` (a statement true of any medicine: "Like all medicines, it can cause side effects");
every other row makes it `boilerplate` (navigation, calls to action, disclaimers, bylines).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from .errors import FactTableError
from .kb import RELATIONS

DATA = Path(__file__).parent / "data"
CUE_KINDS = frozenset({"negation", "scope", "hedge", "indirect", "aspect", "value", "attribution"})


@dataclass(frozen=True)
class Trigger:
    lemmas: tuple[str, ...]
    relation: str
    # "0", "1" (the subject is the effect: "X is due to Y"), "intransitive", "passive" (said in the
    # passive with its subject kept: "X is associated with Y" says X goes with Y)
    inverse: str
    aspect: str | None
    pos: str | None  # "VERB", "NOUN", "ADJ" (a predicate adjective: "is risky") or None for any


@dataclass(frozen=True)
class Concept:
    """An entity expressed by words that need not be adjacent: 'stopping it suddenly'."""

    entity: str
    lemmas: frozenset[str]
    words: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    triggers: tuple[Trigger, ...]
    cues: dict[str, dict[str, str]]  # kind -> phrase -> value
    boilerplate: tuple[re.Pattern[str], ...]
    concepts: tuple[Concept, ...] = ()
    opinion: tuple[re.Pattern[str], ...] = ()  # boilerplate.csv rows noted "opinion"
    truism: tuple[re.Pattern[str], ...] = ()  # boilerplate.csv rows noted "truism": true of any medicine

    @cached_property
    def _by_first(self) -> dict[str, tuple[int, ...]]:
        index: dict[str, list[int]] = {}
        for i, trig in enumerate(self.triggers):
            index.setdefault(trig.lemmas[0], []).append(i)
        return {word: tuple(ids) for word, ids in index.items()}

    def triggers_from(self, *words: str) -> list[Trigger]:
        """The triggers whose first word is one of `words`, in `triggers` order (longest first)."""
        ids: set[int] = set()
        for word in words:
            ids.update(self._by_first.get(word, ()))
        return [self.triggers[i] for i in sorted(ids)]

    def cue(self, kind: str, word: str) -> str | None:
        return self.cues[kind].get(word)

    def is_cue(self, kind: str, word: str) -> bool:
        return word in self.cues[kind]


def read_rows(name: str, columns: tuple[str, ...], data: Path = DATA) -> Iterator[tuple[Path, int, dict[str, str]]]:
    """(path, line, row) for each row of the CSV file `data/name`, cells stripped; the header must be `columns`."""
    path = data / name
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if tuple(reader.fieldnames or ()) != columns:
            raise FactTableError(f"{path}:1: header must be {','.join(columns)}")
        for row in reader:
            yield path, reader.line_num, {k: (v or "").strip() for k, v in row.items()}


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    triggers = []
    for path, line, row in read_rows("relations.csv", ("phrase", "relation", "inverse", "aspect", "pos")):
        if row["relation"] not in RELATIONS:
            raise FactTableError(f"{path}:{line}: column 'relation': unknown relation {row['relation']!r}")
        if row["pos"] not in ("", "VERB", "NOUN", "ADJ"):
            raise FactTableError(f"{path}:{line}: column 'pos': must be VERB, NOUN, ADJ or empty")
        if row["inverse"] not in ("0", "1", "intransitive", "passive"):
            raise FactTableError(f"{path}:{line}: column 'inverse': must be 0, 1, intransitive or passive")
        triggers.append(
            Trigger(
                tuple(row["phrase"].split()), row["relation"], row["inverse"], row["aspect"] or None, row["pos"] or None
            )
        )
    cues: dict[str, dict[str, str]] = {k: {} for k in CUE_KINDS}
    for path, line, row in read_rows("cues.csv", ("kind", "phrase", "value")):
        if row["kind"] not in CUE_KINDS:
            raise FactTableError(f"{path}:{line}: column 'kind': unknown cue kind {row['kind']!r}")
        cues[row["kind"]][row["phrase"]] = row["value"]
    patterns: list[re.Pattern[str]] = []
    apart: dict[str, list[re.Pattern[str]]] = {"opinion": [], "truism": []}
    for path, line, row in read_rows("boilerplate.csv", ("pattern", "note")):
        try:
            apart.get(row["note"], patterns).append(re.compile(row["pattern"], re.IGNORECASE))
        except re.error as exc:
            raise FactTableError(f"{path}:{line}: column 'pattern': {exc}") from None
    concepts = [
        Concept(row["entity"], frozenset(row["lemmas"].split("|")), frozenset(row["words"].split("|")))
        for _, _, row in read_rows("concepts.csv", ("entity", "lemmas", "words"))
    ]
    # Longest trigger first, so "side effect" wins over "effect on" and single words.
    triggers.sort(key=lambda t: -len(t.lemmas))
    return Lexicon(
        tuple(triggers), cues, tuple(patterns), tuple(concepts), tuple(apart["opinion"]), tuple(apart["truism"])
    )
