"""render(report, fmt) -> str: one small renderer per output format, over the same findings."""
from __future__ import annotations

from importlib import import_module

from ..types import Report

FORMATS = ("text", "json", "jsonl", "csv", "github", "markdown", "sarif", "junit")


def render(report: Report, fmt: str, **options) -> str:
    if fmt == "json":
        from .json import render_json

        return render_json(report)
    if fmt == "text":
        from .text import render_text

        return render_text(report, **options)
    if fmt in FORMATS:
        # jsonl, csv, github, markdown, sarif, junit: pipeline/render/<fmt>.py defines render_<fmt>(report)
        return getattr(import_module(f".{fmt}", __name__), f"render_{fmt}")(report)
    raise ValueError(f"unknown format {fmt!r}")


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
