"""Files as verify reads and writes them, shared by the command line and the batch audit.

- `walk_files(folder)`: the files below a folder, sorted; hidden and vendored folders are not walked.
- `AtomicFile` / `atomic_write`: a file written beside its target and renamed over it only when
  complete (flushed and fsynced first), with the usual permissions (umask), a symlinked target followed.
- `csv_cell(value)`: a CSV cell safe to open in a spreadsheet (no formula, no row split).
- `jsonl_line(obj)`: one JSON object on one line, whatever line breaks its strings hold.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Folders never walked: dependencies and caches, whose files are nobody's articles.
SKIP_DIRS = frozenset({"node_modules", "site-packages", "__pycache__", "venv", "env", "vendor", "third_party"})
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def walk_files(folder: Path) -> Iterator[Path]:
    """Every file below `folder` (symlinks to folders not followed), in sorted path order. Hidden
    folders (.git, .venv, ...) and SKIP_DIRS are not entered; hidden files are left out."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d not in SKIP_DIRS]
        found.extend(Path(root) / name for name in files if not name.startswith("."))
    return iter(sorted(found))


def csv_cell(value) -> str:
    """A cell as text; one a spreadsheet would run as a formula is prefixed with a quote.

    A carriage return becomes a newline: the writer quotes a field with a newline in it, but not one
    with a lone carriage return (its line terminator is "\\n"), which would split the row.

    >>> csv_cell("=1+1"), csv_cell("a\\rb"), csv_cell(None)
    ("'=1+1", 'a\\nb', '')
    """
    text = "" if value is None else str(value)
    text = "'" + text if text.startswith(_FORMULA_START) else text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def jsonl_line(obj) -> str:
    """`obj` as one line of JSON Lines: the line breaks JSON leaves raw (U+0085, U+2028, U+2029) escaped,
    so that a reader splitting on any of them still sees one record.

    >>> jsonl_line({"a": "x\\u2028y"})
    '{"a": "x\\\\u2028y"}\\n'
    """
    line = json.dumps(obj, ensure_ascii=False)
    for raw, escaped in _LINE_BREAKS.items():
        line = line.replace(raw, escaped)
    return line + "\n"


class AtomicFile:
    """A text file written beside its target and renamed over it only when complete: a failed or
    interrupted write removes its temporary file and leaves the old target as it was."""

    def __init__(self, target: Path):
        self.target = Path(os.path.realpath(target))  # a symlink is followed, not replaced

    def __enter__(self):
        fd, self.tmp = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".tmp", dir=self.target.parent)
        try:
            self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        except BaseException:
            os.close(fd)
            os.unlink(self.tmp)
            raise
        return self.fh

    def __exit__(self, kind, value, tb):
        try:
            if kind is None:
                self.fh.flush()
                os.fsync(self.fh.fileno())  # on disk before the rename: a crash never leaves an empty file
            self.fh.close()
            if kind is None:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(self.tmp, 0o666 & ~umask)  # the usual permissions, not mkstemp's 0600
                os.replace(self.tmp, self.target)
        finally:
            if os.path.exists(self.tmp):
                os.unlink(self.tmp)
        return False


def atomic_write(target: Path, text: str) -> None:
    with AtomicFile(target) as fh:
        fh.write(text)
