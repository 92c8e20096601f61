"""The audit's journal: every result committed as it arrives, so that nothing done is lost.

`journal.jsonl` in the output folder starts with a header (tool version, fact table, thresholds,
inputs: what `--resume` must match) and holds one JSON line per page, error, verified text and
session. Each commit is appended, flushed and fsynced; a line torn by a kill is dropped on reading.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TextIO

from .. import __version__
from ..errors import AuditError

JOURNAL = "journal.jsonl"
JOURNAL_FORMAT = 2  # 2: pages carry their place in the inputs and HTTP status; skipped records


class Journal:
    """Append-only JSON lines; each commit is flushed and fsynced before the audit goes on."""

    def __init__(self, path: Path):
        self.path = path
        self.fh: TextIO | None = None
        self.lines: list[str] = []

    def open(self) -> None:
        self.fh = open(self.path, "a", encoding="utf-8")

    def add(self, record: dict) -> None:
        self.lines.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")

    def commit(self) -> None:
        if self.lines:
            fh = self.fh
            assert fh is not None, "Journal.commit() before open()"
            fh.write("".join(self.lines))
            fh.flush()
            os.fsync(fh.fileno())
            self.lines = []

    def close(self) -> None:
        if self.fh is not None:
            self.commit()
            self.fh.close()
            self.fh = None


def read_journal(path: Path, *, repair: bool = False):
    """Yield (offset, record) of every complete line; a torn last line (a kill mid-write) is dropped,
    and with `repair` cut off the file so that new records start on a line of their own."""
    good_end = 0
    with open(path, "rb") as fh:
        offset = 0
        for line in fh:
            if not line.endswith(b"\n"):
                break
            try:
                record = json.loads(line)
            except ValueError:
                break
            if not isinstance(record, dict):
                break
            yield offset, record
            offset += len(line)
            good_end = offset
    if repair and os.path.getsize(path) != good_end:
        with open(path, "r+b") as fh:
            fh.truncate(good_end)
            fh.flush()
            os.fsync(fh.fileno())


def header(opts, facts_sha: str) -> dict:
    return {
        "t": "header",
        "format": JOURNAL_FORMAT,
        "version": __version__,
        "facts_sha256": facts_sha,
        "thresholds": {"contradict": opts.contradict, "support": opts.support},
        # --resume goes on with the same audit: other inputs would mix two audits in one report.
        "inputs": {
            "paths": sorted(os.path.abspath(i) for i in opts.inputs),
            "include": list(opts.include),
            "exclude": list(opts.exclude),
            "statuses": opts.statuses,
        },
    }


def start_journal(path: Path, header: dict, opts) -> bool:
    """Write a new journal's header (True), or check that the journal there is this audit's and may be
    resumed (False)."""
    if path.exists() and opts.overwrite:
        path.unlink()
    if path.exists():
        if not opts.resume:
            raise AuditError(
                f"{path.parent}: holds an audit already; pass --resume to go on with it or --overwrite to start again"
            )
        first = next(iter(read_journal(path)), (0, None))[1]
        with open(path, "rb") as fh:
            start = fh.read(len(b'{"t":"header"'))
        if first is None and b'{"t":"header"'.startswith(start):  # killed while it was being created
            path.unlink()
            return start_journal(path, header, opts)
        if first is None or first.get("t") != "header":
            raise AuditError(f"{path}: not the journal of a verify audit; use another --out folder")
        for key in ("format", "version", "facts_sha256", "thresholds", "inputs"):
            if first.get(key) != header[key]:
                raise AuditError(
                    f"{path}: was made with another {key.replace('_', ' ')} "
                    f"({first.get(key)!r}, now {header[key]!r}); use --overwrite to start again"
                )
        return False
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(header, separators=(",", ":")) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    return True
