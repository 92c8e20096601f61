"""The whole program in one place: read -> extract -> match -> judge -> report."""

from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from . import __version__
from .errors import ConfigError, InputError
from .extract import Extractor, load_nlp
from .judge import judge
from .kb import KnowledgeBase, load_kb, load_kbs
from .match import match
from .read import article_from_text, read_article
from .suppress import apply_baseline, apply_inline, apply_severity
from .types import DEFAULT_THRESHOLDS, Article, ArticleReport, Report, Thresholds

FactPath = str | os.PathLike[str]
# One fact table, or several merged (a list or tuple: a site's own table on top of the shipped one).
FactPaths = FactPath | list[FactPath] | tuple[FactPath, ...]


@contextmanager
def loading():
    """Load without garbage collection, then move what was loaded out of the collector's way.

    Loading the model allocates some 100k long-lived objects and no garbage; collections during
    the load only walk them again and again. Afterwards `gc.freeze()` parks everything alive in
    the permanent generation, so the collections of a long run do not keep walking the model."""
    if os.environ.get("VERIFY_GC") == "default":  # the plain interpreter behaviour, to compare
        yield
        return
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


class Verifier:
    """Holds the loaded model and fact table; verify many articles with one instance."""

    def __init__(
        self,
        facts: FactPaths | None = None,
        *,
        kb: KnowledgeBase | None = None,
        nlp=None,
        severity: dict[str, str] | None = None,
        baseline: frozenset[str] = frozenset(),
        baseline_root: str | os.PathLike[str] = ".",
        thresholds: Thresholds = DEFAULT_THRESHOLDS,
    ):
        with loading():
            if kb is None:
                kb = _load_tables(facts)
            self.kb = kb
            self.extractor = Extractor(nlp or load_nlp(), self.kb)
        self.severity = severity or {}
        unknown = sorted(set(self.severity) - {f.id for f in self.kb.facts})
        if unknown:  # a typo would silently keep the finding at its old severity
            raise ConfigError(f"severity set for fact id(s) not in the table: {', '.join(unknown)}")
        self.fact_ids = frozenset(f.id for f in self.kb.facts)
        self.baseline = baseline
        self.baseline_root = baseline_root
        self.thresholds = thresholds

    def verify_articles(self, articles: list[Article]) -> Report:
        reports = []
        for article, claims in zip(articles, self.extractor.extract_many(articles)):
            report = ArticleReport(article, tuple(judge(match(claims, self.kb), self.thresholds, self.kb)))
            report = apply_inline(apply_severity(report, self.severity), self.fact_ids)
            reports.append(apply_baseline(report, self.baseline, self.baseline_root) if self.baseline else report)
        return Report(articles=tuple(reports), facts=self.kb.info, version=__version__)

    def verify_text(self, text: str, path: str = "<text>") -> Report:
        return self.verify_articles([article_from_text(text, path)])

    def verify_paths(
        self, paths: list[str | os.PathLike[str]], *, keep_going: bool = False, stdin_type: str | None = None
    ) -> Report:
        """Read and verify files (`-`: standard input, holding `stdin_type`: txt, md or html). An
        unreadable file raises InputError; with `keep_going`, it is named in `Report.errors` instead
        and the other files are checked."""
        if not keep_going:
            return self.verify_articles([read_article(p, stdin_type=stdin_type) for p in paths])
        articles, errors = [], []
        for path in paths:
            try:
                articles.append(read_article(path, stdin_type=stdin_type))
            except InputError as exc:
                errors.append(str(exc))
        return replace(self.verify_articles(articles), errors=tuple(errors))


def _load_tables(facts: FactPaths | None) -> KnowledgeBase:
    """The fact table(s) `facts` names (several: merged), else the bundled one. Paths go on as strings,
    which the loader turns into paths as it would the path objects."""
    if isinstance(facts, (list, tuple)):
        return load_kbs([os.fspath(p) for p in facts])
    return load_kb(os.fspath(facts) if facts is not None else None)


_DEFAULT: Verifier | None = None


def _default() -> Verifier:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Verifier()
    return _DEFAULT


def verify_text(text: str, *, facts: str | Path | None = None) -> Report:
    """Verify an article given as a string.

    >>> report = verify_text("Clonazepam is a benzodiazepine.")  # doctest: +SKIP
    >>> report.articles[0].findings[0].verdict.value  # doctest: +SKIP
    'supported'
    """
    verifier = Verifier(facts) if facts else _default()
    return verifier.verify_text(text)


def verify_file(path: str | Path, *, facts: str | Path | None = None) -> Report:
    """Verify one article file (text; any common encoding)."""
    verifier = Verifier(facts) if facts else _default()
    return verifier.verify_paths([path])
