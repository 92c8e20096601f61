"""Claims the table cannot judge yet: the audit's unsupported claims grouped across pages.

Each unsupported claim gets, in the worker that verified it (`group_key`):

- a block key: its polarity, its relation (causes, treats, ...; empty when none was understood) and
  the sorted entity ids of its subjects and objects. Brand and generic names are one entity id already
  (the extractor's lexicon), so "Klonopin ..." and "clonazepam ..." share a block; a drug outside
  the table counts by the generic name the drug dictionary gives it (`outside:trazodone`); two different
  drugs, a claim and its negation, or "X treats Y" and "X worsens Y" never do. Claims about one
  property with different figures ("a half-life of 12 hours", "of 30 hours") may share a group: the
  group says which property the table lacks.
- a normalised text: lower case, the "[X] " referent prefix dropped, the names of its drugs and drug
  classes dropped (the block says which drug it is about), punctuation stripped, spaces collapsed,
  and a word's final "s" or the "d" of a final "ed" folded ("causes", "caused" -> "cause"), so that
  a passive and an active wording share their words. A rough fold, for matching only: it is never
  shown, and two words it folds together ("lowered" and "lowere") only ever meet in one block.

The report (`ClaimGroups`) spills every such claim to a SQLite file as pages are written, then, one
block at a time, clusters the block's distinct texts with greedy leader clustering: texts in order of
pages (most first), each joining the first leader whose rapidfuzz `token_set_ratio` with it is at
least `THRESHOLD`, else leading a group of its own. Memory holds one block's texts, never every
claim of the audit. Groups are ranked by the number of distinct pages, then of claims.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..types import REFERENT

# token_set_ratio (0-100) at which two normalised texts of one block (same entities, relation and
# polarity) are the same claim. At 70, "weight gain can be caused by" joins "can cause weight gain in
# some patients" (87 once folded) and "it may cause weight gain" (83); tests/test_claim_groups.py.
THRESHOLD = 70.0
UNSUPPORTED_HEADER = ("rank", "pages", "claims", "entities", "polarity", "example_claim", "reason", "example_page")
_PUNCT = re.compile(r"[^\w\s]+")
_SPACE = re.compile(r"\s+")
_FOLD = re.compile(r"(?<=\w\w\w)(?<!s)s\b|(?<=\w\we)d\b")
_FLUSH = 2000


def normalise(text: str, names: tuple[str, ...] = ()) -> str:
    """A claim's text for matching: lower case, without its referent prefix, the given names (the
    drug names the block already says) or punctuation.

    >>> normalise("[Klonopin] It causes drowsiness!", ("klonopin", "clonazepam"))
    'it cause drowsiness'
    >>> normalise("Weight gain can be caused by patients' doses")
    'weight gain can be cause by patient dose'
    """
    text = REFERENT.sub("", text.strip()).lower()
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", text)
    return _FOLD.sub("", _SPACE.sub(" ", _PUNCT.sub(" ", text)).strip())


def group_key(claim, kb) -> dict:
    """What the report groups an unsupported claim by: {"block", "norm", "entities"} (module doc)."""
    # drugs outside the table (the offline dictionary's generic names) are in the key too, so that
    # "Trazodone causes nausea" and "Mirtazapine causes nausea" (no entity but nausea) stay apart
    ids = sorted(claim.entity_ids) + [f"outside:{name}" for name in sorted(getattr(claim, "outside", ()))]
    names: list[str] = list(getattr(claim, "outside", ()))
    for eid in ids:
        ent = kb.entities.get(eid)
        if ent is not None and ent.type in ("drug", "drug_class"):
            names.extend(form for alias in ent.aliases for form in _plurals(alias))
    block = f"{claim.polarity}:{claim.relation or ''}:{'|'.join(ids)}"
    return {"block": block, "norm": normalise(claim.text, tuple(names)), "entities": ids}


def _plurals(alias: str) -> tuple[str, ...]:
    return (alias, alias + "s", alias + "es")


@dataclass(frozen=True)
class Group:
    rank: int
    pages: int
    claims: int
    entities: str
    polarity: str
    example_claim: str
    reason: str
    example_page: str
    detail: str  # the example page's detail page, pages/<name>.html

    def row(self) -> list:
        return [getattr(self, c) for c in UNSUPPORTED_HEADER]


def claim_reason(finding: dict) -> str:
    """Why the claim stayed unsupported: its reason, and the nearest row with why it did not apply."""
    considered = finding.get("considered") or ()
    if not considered:
        return finding["reason"]
    near = considered[0]
    why = "" if near["reason"] == finding["reason"] else f": {near['reason']}"
    return f"{finding['reason']}; nearest {near['id']}{why}"


class ClaimGroups:
    """Unsupported claims spilled to SQLite as the report's pages are written, then grouped."""

    def __init__(self, path: Path, threshold: float = THRESHOLD):
        self.threshold = threshold
        self.db = sqlite3.connect(str(path))
        self.db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=FILE; PRAGMA cache_size=-256;"
            "CREATE TABLE claims (block TEXT, norm TEXT, text TEXT, url TEXT, detail TEXT, reason TEXT);"
            "CREATE TABLE assign (block TEXT, norm TEXT, gid INTEGER, PRIMARY KEY (block, norm));"
            "CREATE TABLE groups (gid INTEGER PRIMARY KEY, block TEXT, text TEXT, url TEXT, detail TEXT,"
            " reason TEXT);"
        )
        self.buffer: list[tuple] = []

    def add(self, url: str, detail: str, findings: list[dict]) -> None:
        """A page's findings: its unsupported claims are kept (on disk) for grouping."""
        for f in findings:
            if f["verdict"] != "unsupported":
                continue
            key = f.get("group")
            if key is None:  # a journal written before claims carried their key: exact text only
                key = {"block": "text:" + normalise(f["text"]), "norm": normalise(f["text"])}
            self.buffer.append((key["block"], key["norm"], f["text"], url, detail, claim_reason(f)))
        if len(self.buffer) >= _FLUSH:
            self.flush()

    def flush(self) -> None:
        with self.db:
            self.db.executemany("INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?)", self.buffer)
        self.buffer = []

    def groups(self) -> Iterator[Group]:
        """Every group, most pages first (then most claims, then its example claim)."""
        self.flush()
        self._cluster()
        rows = self.db.execute(
            "SELECT g.block, g.text, g.url, g.detail, g.reason, COUNT(DISTINCT c.url) AS pages, COUNT(*) AS n "
            "FROM claims c JOIN assign a ON a.block = c.block AND a.norm = c.norm JOIN groups g ON g.gid = a.gid "
            "GROUP BY g.gid ORDER BY pages DESC, n DESC, g.text, g.gid"
        )
        for rank, (block, text, url, detail, reason, pages, n) in enumerate(rows, 1):
            polarity, _, rest = block.partition(":")
            entities = rest.partition(":")[2] if polarity != "text" else ""
            polarity = polarity if polarity != "text" else ""
            yield Group(rank, pages, n, entities, polarity, text, reason, url, detail)

    def _cluster(self) -> None:
        """Assign each (block, text) a group, one block at a time (module doc)."""
        rows = self.db.execute(
            "SELECT block, norm, text, MIN(url), detail, reason, COUNT(DISTINCT url) AS pages FROM claims "
            "GROUP BY block, norm ORDER BY block, pages DESC, norm"
        )
        block: str | None = None
        members: list[tuple] = []
        gid = 0
        for row in rows:
            if row[0] != block and members:
                gid = self._cluster_block(members, gid)
                members = []
            block = row[0]
            members.append(row)
        if members:
            self._cluster_block(members, gid)

    def _cluster_block(self, members: list[tuple], gid: int) -> int:
        """Greedy leader clustering of one block's texts (most pages first); returns the last group id."""
        from rapidfuzz import fuzz, process

        leaders: list[str] = []
        leader_gid: list[int] = []
        assign = []
        groups = []
        for block, norm, text, url, detail, reason, _pages in members:
            best = process.extractOne(norm, leaders, scorer=fuzz.token_set_ratio, score_cutoff=self.threshold)
            if best is None:
                gid += 1
                leaders.append(norm)
                leader_gid.append(gid)
                groups.append((gid, block, text, url, detail, reason))
                assign.append((block, norm, gid))
            else:
                assign.append((block, norm, leader_gid[best[2]]))
        with self.db:
            self.db.executemany("INSERT INTO assign VALUES (?, ?, ?)", assign)
            self.db.executemany("INSERT INTO groups VALUES (?, ?, ?, ?, ?, ?)", groups)
        return gid

    def close(self) -> None:
        self.db.close()
