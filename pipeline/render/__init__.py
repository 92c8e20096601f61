"""render(report, fmt) -> str: one small renderer per output format, over the same findings."""

from __future__ import annotations

from importlib import import_module
from pathlib import PurePath

from ..types import Article, Claim, Report

FORMATS = ("text", "json", "jsonl", "csv", "github", "markdown", "sarif", "junit", "html")
# The format a report file's extension names (`-o report.sarif`); .xml is JUnit's.
EXTENSIONS = {
    ".txt": "text",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".md": "markdown",
    ".markdown": "markdown",
    ".sarif": "sarif",
    ".xml": "junit",
    ".html": "html",
    ".htm": "html",
}


def format_for_path(path: str) -> str | None:
    """The format a file name's extension names, case-insensitively; None for any other name.

    >>> format_for_path("out/Report.SARIF"), format_for_path("scan.sarif.json"), format_for_path("r.log")
    ('sarif', 'sarif', None)
    """
    name = PurePath(path).name.lower()
    if name.endswith(".sarif.json"):
        return "sarif"
    return EXTENSIONS.get(PurePath(name).suffix)


def render(report: Report, fmt: str, **options) -> str:
    """Each format is pipeline/render/<fmt>.py with render_<fmt>(report); only text takes options."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    renderer = getattr(import_module(f".{fmt}", __name__), f"render_{fmt}")
    return renderer(report, **options) if fmt == "text" else renderer(report)


def table_line(report: Report) -> str:
    """Which fact table judged the report: path, rows, version (newest review date) and sha256."""
    f = report.facts
    return f"fact table {f.path}: {f.rows} rows, as of {f.version or 'unknown'}, sha256 {f.sha256[:16]}"


def table_properties(report: Report) -> dict:
    f = report.facts
    return {"path": f.path, "rows": f.rows, "version": f.version, "sha256": f.sha256}


class Lines:
    """Line and column (1-based, in characters) of many offsets into one text: its line starts are
    found once, then each offset is a binary search (a long article with many claims stays linear).

    >>> Lines("ab\\ncd").line_col(4)
    (2, 2)
    """

    def __init__(self, text: str):
        starts = [0]
        at = text.find("\n")
        while at != -1:
            starts.append(at + 1)
            at = text.find("\n", at + 1)
        self._starts = starts

    def line_col(self, offset: int) -> tuple[int, int]:
        from bisect import bisect_right

        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


class Positions:
    """Line and column (from 1) of claims in the file a person or a CI tool opens: in the checked text
    for text and Markdown, in the page's source for HTML (pipeline.sourcemap), where a claim's words
    are not always found: None then, never a guess. `lines` gives places in the checked text."""

    def __init__(self, article: Article):
        self.lines = Lines(article.text)
        self._map = None
        if article.source is not None:
            from ..sourcemap import SourceMap

            self._map = SourceMap(article.source, article.text)

    def start(self, claim: Claim) -> tuple[int, int] | None:
        if self._map is None:
            return self.lines.line_col(claim.start)
        return self._map.position(claim.start, claim.end)

    def end(self, claim: Claim) -> tuple[int, int] | None:
        """Just past the claim's last character."""
        if self._map is None:
            return self.lines.line_col(claim.end)
        return self._map.end_position(claim.start, claim.end)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
