"""The `verify` command line. Thin: it parses options, calls the library, sets the exit code.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage error,
unreadable input or invalid fact table. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import click

from . import __version__
from .config import Config, find_config, load_config, tables
from .errors import ConfigError, VerifyError
from .files import atomic_write
from .read import STDIN_TYPES
from .render import FORMATS, format_for_path

FAIL_ON = {"contradicted": "error", "unsupported": "warning", "never": "none"}


class _UsageLine(click.UsageError):
    """A usage error shown as one line (`verify: error: ...`), like every other error, exit 2."""

    def show(self, file=None) -> None:
        where = f" (see '{self.ctx.command_path} --help')" if self.ctx is not None else ""
        message = " ".join(self.format_message().split())
        click.echo(f"verify: error: {message}{where}", err=True)


@contextmanager
def _one_line_usage():
    """click's usage errors (a bad option or value, a missing argument) as one line; the help text
    shown for a bare group is left alone."""
    try:
        yield
    except click.exceptions.NoArgsIsHelpError:
        raise
    except click.UsageError as exc:
        raise _UsageLine(exc.format_message(), exc.ctx) from None


class _DefaultGroup(click.Group):
    """`verify FILE...` means `verify check FILE...`; named subcommands still work."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["check", *args]
        with _one_line_usage():
            return super().parse_args(ctx, args)

    def invoke(self, ctx):
        """Ctrl-C anywhere (loading the model, rendering, writing) is one line and exit 130, not
        click's "Aborted!" with exit 1; an -o report is replaced only by a complete new one."""
        try:
            with _one_line_usage():
                return super().invoke(ctx)
        except KeyboardInterrupt:
            _interrupted()


def _config_options(f):
    """--config PATH and --no-config: which configuration file, if any, applies."""
    f = click.option(
        "--no-config", "no_config", is_flag=True, help="Use no configuration file: the defaults and these options."
    )(f)
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False),
        default=None,
        help="Use this configuration file (a verify.toml, or a pyproject.toml's [tool.verify]) for every file "
        "checked, instead of the closest one above each file.",
    )(f)


def _run_config(config_path: str | None, no_config: bool) -> Config:
    """The configuration of the run: --config's file, none with --no-config, else the closest above the
    current directory (run-wide settings come from it; see _config_groups for per-file ones)."""
    if config_path is not None and no_config:
        raise click.UsageError("--config and --no-config cannot be used together")
    if no_config:
        return Config()
    return load_config(config_path) if config_path is not None else find_config()


def _facts_option(f):
    return click.option(
        "--facts",
        "facts",
        type=click.Path(),
        multiple=True,
        help="Fact table CSV (default: the table shipped with verify); repeat to add "
        "tables. Each table's reference_entities.csv must sit beside it.",
    )(f)


@click.group(cls=_DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="verify")
def main():
    """Check the claims of health articles against a curated, sourced fact table.

    verify splits each article into atomic claims and reports which are
    contradicted, unsupported or supported, with the evidence and its source.

    \b
    Examples:
      verify article.txt                   findings in the terminal
      verify --format json a.txt b.txt     the JSON report
      verify --fail-on unsupported *.txt   exit 1 on warnings too (CI)
      verify --open article.txt            the article with its claims marked, in the browser
      verify claims article.txt            the atomic claims only
      verify audit site/ --out reports/site  audit many pages (folders, JSONL, WARC)
      verify facts check                   lint the fact table
      verify eval gold.csv pages/          score verdicts against labelled spans
    """


def _options(*decorators):
    """Several click options as one decorator, listed in --help in the order given (as if stacked)."""

    def apply(f):
        for decorator in reversed(decorators):
            f = decorator(f)
        return f

    return apply


_check_options = _options(
    click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS, case_sensitive=False),
        default=None,
        help="Output format: text for people; html (the article with every claim marked); json/jsonl "
        "for programs; sarif, junit, github (workflow annotations), markdown (a review table) "
        "and csv for CI and spreadsheets. Default: from -o's extension (.json, .jsonl, .sarif, "
        ".xml for junit, .csv, .md, .html), else the configuration's format, else text.",
    ),
    _facts_option,
    click.option(
        "--baseline",
        type=click.Path(dir_okay=False),
        default=None,
        help="Findings recorded in this baseline (verify baseline create) do not fail the run.",
    ),
    click.option(
        "--fail-on",
        type=click.Choice(list(FAIL_ON)),
        default=None,
        help="Exit 1 on findings of this severity or worse: contradicted = errors, "
        "unsupported = warnings too. A fact row's severity column can change a finding's.",
    ),
    click.option(
        "-o",
        "--output",
        type=click.Path(),
        default=None,
        help="Write the report to this file (atomically) instead of stdout.",
    ),
    click.option(
        "--open",
        "open_browser",
        is_flag=True,
        help="Write the HTML report (to -o, else a temporary file) and open it in the browser.",
    ),
    click.option("--all", "show_all", is_flag=True, help="Text format: also list not check-worthy sentences."),
    click.option(
        "-q",
        "--quiet",
        is_flag=True,
        help="Text format: only the findings (contradicted and unsupported claims not suppressed) and "
        "notes; nothing for a clean file, no summaries (the pre-commit hook's output).",
    ),
    click.option(
        "--color",
        type=click.Choice(["auto", "always", "never"], case_sensitive=False),
        default="auto",
        show_default=True,
        help="Colour the text output: auto = on a terminal, unless the NO_COLOR environment variable is set.",
    ),
    click.option("--no-color", "no_color", is_flag=True, hidden=True, help="The same as --color never."),
    _config_options,
    click.option(
        "--stdin-type",
        type=click.Choice(STDIN_TYPES),
        default=None,
        help="What `-` (standard input) holds (default: html when it starts as a page, else txt).",
    ),
)


@main.command("check", short_help="Verify articles (the default command).")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@_check_options
@click.pass_context
def check(ctx, files, fmt, facts, baseline, fail_on, output, open_browser, show_all, quiet, color, no_color, **where):
    """Verify articles (FILE... ; `-` reads standard input).

    \b
    Example:
      verify claims/articles/01_klonopin_basics.txt
      verify --format json --fail-on never article.txt > report.json
      verify --format html article.txt -o report.html
      verify --open article.txt
    """
    from .render import render
    from .types import Severity

    if open_browser:
        fmt = _format_for_open(ctx, fmt)

    if output and output.strip():
        _output_target(output)

    config, report = _run(lambda: _check_report(files, facts, baseline, **where))
    if report.errors and not report.articles:  # nothing could be read: no report, as for one bad file
        _read_errors(report)
    fmt = _format_of(fmt, output, config)
    if fmt != "text":  # the text report shows its notes itself
        for art in report.articles:
            for note in art.notes:
                click.echo(f"verify: {note}", err=True)
    options = _text_options(config, output, show_all, "never" if no_color else color) if fmt == "text" else {}
    if fmt == "text":
        options["quiet"] = quiet
    if open_browser:
        _open(render(report, fmt), output)
    else:
        _emit(render(report, fmt, **options), output, colour=options.get("colour"))
    if report.errors:  # the other files were checked and reported; the run still fails
        _read_errors(report)
    sys.exit(report.exit_code(Severity(FAIL_ON[fail_on or config.fail_on or "contradicted"])))


def _read_errors(report) -> None:
    """One line for each file that could not be read, then exit 2."""
    for error in report.errors:
        click.echo(f"verify: error: {error}", err=True)
    sys.exit(2)


def _format_of(fmt: str | None, output: str | None, config) -> str:
    """The report's format: --format, else the one -o's extension names, else the configuration's,
    else text."""
    return fmt or (format_for_path(output) if output else None) or config.format or "text"


def _format_for_open(ctx, fmt: str | None) -> str:
    """--open shows the HTML report: html, unless another --format was asked for (exit 2)."""
    if fmt not in (None, "html"):
        click.echo(f"verify: error: --open shows the HTML report; it cannot be combined with --format {fmt}", err=True)
        sys.exit(2)
    return "html"


def _check_report(files, facts, baseline, config_path=None, no_config=False, stdin_type=None):
    """(run configuration, report) of `verify check`: each file verified under the configuration that
    governs it (_config_groups), less its baseline's findings, in the order the files were given; a
    file that cannot be read is named in the report's errors and the others are checked."""
    from .types import Report

    run = _run_config(config_path, no_config)
    groups = _config_groups(files, run, fixed=config_path is not None or no_config, facts=facts)
    first = None
    found: list = []
    errors: list[str] = []
    for config, items in groups:
        verifier = _policy_verifier(facts, config, baseline, first)
        first = first or verifier
        report = verifier.verify_paths([path for _, path in items], keep_going=True, stdin_type=stdin_type)
        found.extend(_numbered(items, report.articles))
        errors.extend(report.errors)
    assert first is not None  # FILES is required, and a folder with nothing to check is an error
    articles = tuple(a for _, a in sorted(found, key=lambda pair: pair[0]))
    return run, Report(articles=articles, facts=first.kb.info, version=__version__, errors=tuple(errors))


def _numbered(items: list[tuple[int, str]], articles) -> list:
    """(place in the run, article report) of the files read: `articles` are `items`' files in order,
    less those that could not be read."""
    out = []
    pending = iter(articles)
    article = next(pending, None)
    for n, path in items:
        if article is not None and article.article.path == ("<stdin>" if path == "-" else str(path)):
            out.append((n, article))
            article = next(pending, None)
    return out


def _policy_verifier(facts, config, baseline, first):
    """A Verifier with a configuration's severity, thresholds and baseline (--baseline wins), sharing
    the table and model `first` loaded; a baseline naming fact ids the table lacks is reported."""
    from .api import Verifier
    from .suppress import load_baseline

    chosen = baseline or config.baseline
    known = load_baseline(chosen) if chosen else None
    options = {
        "severity": config.severity,
        "baseline": known.fingerprints if known else frozenset(),
        "baseline_root": Path(chosen).parent if chosen else ".",
        "thresholds": config.thresholds,
    }
    if first is None:
        verifier = _verifier(facts, config, **options)
    else:
        verifier = Verifier(kb=first.kb, nlp=first.extractor.nlp, **options)
    missing = known.missing_ids(verifier.fact_ids) if known else []
    if missing:  # those findings are now decided by other rows, or gone: the baseline is stale
        click.echo(
            f"verify: warning: baseline {chosen} names fact id(s) no longer in the table: {', '.join(missing)} "
            "(their findings no longer match; re-create it with `verify baseline create`)",
            err=True,
        )
    return verifier


def _config_groups(files, run: Config, *, fixed: bool, facts=()) -> list[tuple[Config, list[tuple[int, str]]]]:
    """The files to check, grouped by the configuration that governs each: the closest one above it
    (a folder given is walked with its own), else the run's (ruff's rule); with `fixed` (--config,
    --no-config) the run's for all. Each file keeps its place in the run (the int). One run loads one
    fact table: configurations that name different ones are an error."""
    groups: dict[str | None, tuple[Config, list[tuple[int, str]]]] = {}
    count = 0
    for arg in files:
        config = run if fixed or arg == "-" else _closest_config(arg, run)
        for path in expand_paths([arg], config):
            groups.setdefault(config.path, (config, []))[1].append((count, path))
            count += 1
    wanted = {tuple(tables(config, tuple(facts))): config.path for config, _ in groups.values()}
    if len(wanted) > 1:
        raise ConfigError(
            "the files checked fall under configurations that name different fact tables "
            f"({', '.join(str(path or 'no configuration') for path in wanted.values())}); check them in separate runs"
        )
    return list(groups.values())


def _closest_config(arg: str, run: Config) -> Config:
    """The configuration closest above a file or folder, else the run's."""
    path = Path(arg)
    found = find_config(path if path.is_dir() else path.parent)
    return found if found.path is not None else run


def _text_options(config, output, show_all, color) -> dict:
    """The text renderer's options: colour, the verdicts shown, the least severity shown."""
    from .types import Severity

    colour = _colour(color, output)
    shown = set(config.show or ("contradicted", "unsupported", "supported"))
    return {
        "colour": colour,
        "show": frozenset(shown | ({"not_checkworthy"} if show_all else set())),
        "min_severity": Severity(config.min_severity),
    }


def _colour(color: str, output: str | None) -> bool:
    """--color always or never; auto: on a terminal, unless NO_COLOR is set to anything but empty."""
    if color in ("always", "never"):
        return color == "always"
    return output is None and _stdout_is_terminal() and not os.environ.get("NO_COLOR")


def _stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


@main.group("baseline", short_help="Record today's findings so CI gates only new ones.")
def baseline_group():
    """Baselines: accept the findings a site already has, fail only on new ones."""


@baseline_group.command("create")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@_facts_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default="verify-baseline.json",
    show_default=True,
    help="Where to write the baseline.",
)
@_config_options
def baseline_create(files, facts, output, config_path, no_config):
    """Write a baseline of the contradicted and unsupported findings of FILE...

    \b
    Example:
      verify baseline create site/ -o verify-baseline.json
      verify --baseline verify-baseline.json site/
    """
    import json

    from .suppress import baseline_of

    def run():
        run_config = _run_config(config_path, no_config)
        groups = _config_groups(files, run_config, fixed=config_path is not None or no_config, facts=facts)
        paths = [path for _, path in sorted(item for _, items in groups for item in items)]
        return _verifier(facts, groups[0][0]).verify_paths(paths)

    report = _run(run)
    data = _run(lambda: baseline_of(report.articles, Path(output).parent))
    _emit(json.dumps(data, indent=2) + "\n", output)
    click.echo(f"{output}: {len(data['findings'])} finding(s) recorded")


@main.command("claims", short_help="List the atomic claims of articles.")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"], case_sensitive=False),
    default=None,
    help="text for reading, json for tools (default: json for an -o file ending in .json, else text).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write to this file (atomically) instead of standard output.",
)
@_facts_option
@_config_options
def claims_cmd(files, fmt, output, facts, config_path, no_config):
    """Show what the extractor understood: per sentence, its atomic claims with their spans,
    entities, relation, polarity, modality, quantities, attribution and check-worthiness.

    \b
    Example:
      verify claims claims/articles/01_klonopin_basics.txt
      verify claims --format json page.md -o claims.json
    """
    from .read import read_article
    from .render.claims import claims_json, claims_text

    def run():
        verifier = _verifier(facts, _run_config(config_path, no_config))
        articles = [read_article(p) for p in files]
        return articles, verifier.extractor.extract_many(articles)

    articles, all_claims = _run(run)
    fmt = fmt or ("json" if output and format_for_path(output) == "json" else "text")
    _emit((claims_json if fmt == "json" else claims_text)(articles, all_claims), output)


_audit_options = _options(
    click.option(
        "--out",
        required=True,
        type=click.Path(file_okay=False),
        help="Report folder (reports/NAME): findings.jsonl, pages.csv, errors.jsonl, manifest.json, index.html.",
    ),
    click.option(
        "--include",
        multiple=True,
        default=("*",),
        show_default=True,
        help="Glob of the files taken from folders (name or path below the folder); repeatable.",
    ),
    click.option("--exclude", multiple=True, help="Glob of files to leave out; repeatable."),
    click.option(
        "--workers",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes (default: every core; with --engine dask, the local cluster's size).",
    ),
    click.option(
        "--engine",
        type=click.Choice(["local", "dask"]),
        default=None,
        help="local (the default): a process pool on this machine; dask: a local Dask cluster.",
    ),
    click.option(
        "--scheduler",
        default=None,
        metavar="tcp://HOST:PORT",
        help="Run on this existing Dask cluster (its workers need verify installed).",
    ),
    _facts_option,
    click.option("--resume", is_flag=True, help="Go on with the audit in --out, skipping the pages already done."),
    click.option("--overwrite", is_flag=True, help="Start the audit in --out again from nothing."),
    click.option("--batch", type=click.IntRange(min=1), default=8, show_default=True, help="Pages per task."),
    click.option(
        "--include-status",
        "statuses",
        type=click.Choice(["2xx", "all"]),
        default="2xx",
        show_default=True,
        help="HTTP statuses audited (WARC responses, JSONL records with a status); others are skipped and counted.",
    ),
    click.option(
        "--max-page-mb",
        type=click.FloatRange(min=0, min_open=True),
        default=20,
        show_default=True,
        help="Largest page (decompressed); a larger one is an error row.",
    ),
    click.option(
        "--max-input-mb",
        type=click.FloatRange(min=0, min_open=True),
        default=4096,
        show_default=True,
        help="Most a compressed input (.gz, .warc.gz) may decompress to in all.",
    ),
    click.option(
        "--progress",
        type=click.Choice(["auto", "bar", "log", "none"]),
        default="auto",
        show_default=True,
        help="A progress bar on a terminal, log lines otherwise (auto).",
    ),
    click.option(
        "--fail-on",
        "fail_on",
        type=click.Choice(list(FAIL_ON)),
        default="never",
        show_default=True,
        help="Exit 1 when any page has a contradicted (or also an unsupported) claim: an audit as a CI gate.",
    ),
)


@main.command("audit", short_help="Audit many pages (folders, JSONL, WARC) on every core or a Dask cluster.")
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@_audit_options
def audit_cmd(inputs, out, fail_on, **options):
    """Audit many pages: files, folders, JSONL ({"url", "html"|"text"}) and WARC(.gz) files.

    Pages are checked on every core (or on a Dask cluster), each result committed as it finishes:
    an interrupted audit goes on with --resume. A page that cannot be read is a row of errors.jsonl.

    \b
    Example:
      verify audit site/ crawl.warc.gz --out reports/site
      verify audit pages.jsonl --out reports/pages --engine dask --workers 4
      verify audit crawl.warc.gz --out reports/crawl --scheduler tcp://10.0.0.5:8786
    """
    config = _run(find_config)
    opts = _audit_options_of(config, inputs, out, **options)
    counts = _run(lambda: _run_audit(opts))
    click.echo(
        f"{out}: {counts['pages']} pages ({counts['duplicate_pages']} duplicates, {counts['errors']} "
        f"unreadable, {counts['skipped']} records skipped), {counts['claims']} claims: "
        f"{counts['contradicted']} contradicted, "
        f"{counts['unsupported']} unsupported, {counts['supported']} supported; open {out}/index.html"
    )
    failing = counts["contradicted"] + (counts["unsupported"] if fail_on == "unsupported" else 0)
    if fail_on != "never" and failing:
        sys.exit(1)


def _audit_options_of(
    config,
    inputs,
    out,
    *,
    include,
    exclude,
    workers,
    engine,
    scheduler,
    facts,
    resume,
    overwrite,
    batch,
    statuses,
    max_page_mb,
    max_input_mb,
    progress,
):
    """The AuditOptions of `verify audit`'s options; thresholds (and facts, if none given) from the configuration."""
    from .audit import AuditOptions
    from .audit.inputs import MB, Limits

    thresholds = config.thresholds
    return AuditOptions(
        inputs=tuple(inputs),
        out=out,
        include=tuple(include),
        exclude=tuple(exclude),
        engine=engine,
        workers=workers,
        scheduler=scheduler,
        facts=tuple(tables(config, tuple(facts))),
        contradict=thresholds.contradict,
        support=thresholds.support,
        batch=batch,
        resume=resume,
        overwrite=overwrite,
        limits=Limits(int(max_page_mb * MB), int(max_input_mb * MB)),
        statuses=statuses,
        progress=progress,
    )


def _run_audit(opts) -> dict:
    """Run the audit; an interrupted one is saved: say how to go on, exit 130."""
    from .audit import AuditInterrupted, run_audit

    try:
        return run_audit(opts)
    except AuditInterrupted as exc:  # what was done is saved; say how to go on
        click.echo(f"verify: {exc}", err=True)
        sys.exit(130)


@main.group("facts", short_help="Work with the reference table.")
def facts_group():
    """Work with the reference table."""


@facts_group.command("check")
@click.argument("path", required=False, type=click.Path())
@click.option(
    "--max-age",
    "max_age",
    type=click.IntRange(min=0),
    default=365,
    show_default=True,
    help="Warn about rows last reviewed more than this many days ago.",
)
@click.option("--strict", is_flag=True, help="Exit 2 on warnings too.")
def facts_check(path, max_age, strict):
    """Validate a fact table and its entity lexicon; exit 2 on any error.

    Row checks (schema, types, ids, entities, units, sources, dates) and checks across rows
    (repeated statements, facts that contradict each other, myths that restate a fact, stale
    review dates). Each problem names the row and column.

    \b
    Examples:
      verify facts check
      verify facts check our_facts.csv --max-age 180 --strict
    """
    from .kb import DEFAULT_FACTS, migration_note, read_table
    from .lint import lint_entities, lint_facts

    target = Path(path) if path else DEFAULT_FACTS
    facts, errors = _run(lambda: read_table(target))
    if facts and migration_note(target):
        click.echo(migration_note(target), err=True)
    problems = _run(lambda: lint_facts(facts, str(target), max_age_days=max_age) if facts else [])
    problems += _run(lambda: lint_entities(str(target.with_name("reference_entities.csv"))))
    if not errors and not any(p.level == "error" for p in problems):
        problems += _coverage_problems(target)
    errors += [str(p) for p in problems if p.level == "error"]
    warnings = [str(p) for p in problems if p.level == "warning"]
    for line in sorted(errors + warnings, key=_row_order):
        click.echo(line, err=True)
    if errors or (strict and warnings):
        click.echo(f"verify: {len(errors)} error(s), {len(warnings)} warning(s) in {target}", err=True)
        sys.exit(2)
    click.echo(f"{target}: ok ({len(facts)} rows" + (f", {len(warnings)} warning(s))" if warnings else ")"))


@facts_group.command("draft")
@click.argument("claims", nargs=-1)
@click.option("--from", "from_csv", type=click.Path(), help="Draft the example claims of an audit's unsupported.csv.")
@click.option("--top", type=click.IntRange(min=1), help="With --from: only the first N groups.")
@_facts_option
@click.option("-o", "--output", type=click.Path(), help="Write the CSV rows to this file.")
def facts_draft(claims, from_csv, top, facts, output):
    """Draft table rows from claims: what the extractor understood, for a person to source.

    Prints CSV rows in the table's columns with subject, relation, object, aspect, polarity,
    qualifier and quantity filled in, a fresh F- id and the claim as statement; kind, source,
    source_type and reviewed are left empty, and the table loader refuses the rows until a person
    fills them from a source they have read.

    \b
    Examples:
      verify facts draft "Clonazepam lowers blood pressure"
      verify facts draft --from reports/site/unsupported.csv --top 5
    """
    from .draft import claims_from_csv, draft_csv, draft_rows

    def run():
        texts = list(claims) + (claims_from_csv(from_csv, top) if from_csv else [])
        verifier = _verifier(facts, find_config())
        return draft_csv(draft_rows(texts, verifier.extractor, verifier.kb))

    _emit(_run(run), output)


def _coverage_problems(target: Path) -> list:
    """Warnings of the coverage model, for a table with a coverage_gaps.csv beside it (none otherwise)."""
    from .coverage import GAPS_NAME, coverage_problems, default_coverage

    if not target.with_name(GAPS_NAME).exists():
        return []
    cov, gaps_path = _run(lambda: default_coverage(target))
    return coverage_problems(cov, str(gaps_path))


def _row_order(message: str) -> tuple[int, str]:
    parts = message.split(":")
    return (int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0, message)


@facts_group.command("find")
@click.argument("text")
@_facts_option
@click.option("-n", "limit", type=click.IntRange(min=1), default=5, show_default=True, help="Rows to show per claim.")
def facts_find(text, facts, limit):
    """The rows closest to a sentence, with scores: why a claim matched or did not.

    TEXT is split into claims as an article would be; for each claim the rows that share its
    entities are listed best first, with their outcome and the reason they did or did not apply.
    Claims with no known entity get the lexically closest rows instead.

    \b
    Example:
      verify facts find "Klonopin cuts serotonin release"
    """
    from .match import lexical_neighbours, match
    from .read import article_from_text

    text = text.strip()
    if not text:
        click.echo("verify: error: facts find needs a sentence to look up", err=True)
        sys.exit(2)
    if text[-1] not in ".!?:;\"')":
        text += "."  # a sentence typed without its full stop is a sentence, not a heading

    def run():
        verifier = _verifier(facts, find_config())
        claims = verifier.extractor.extract_many([article_from_text(text, "<text>")])[0]
        return verifier, match(claims, verifier.kb, limit=limit)

    verifier, matched = _run(run)
    for item in matched:
        claim = item.claim
        click.echo(f"claim: {claim.text}")
        if not claim.checkworthy:
            click.echo(f"  not check-worthy: {claim.reason.value if claim.reason else 'no_assertion'}")
            continue
        shown = item.candidates[:limit]
        for c in shown:
            click.echo(f"  {c.score:5.1f}  {c.fact.id:<7} {c.outcome.value:<13} {c.reason.value:<22} {c.note}")
            click.echo(f"         {_clip(c.fact.statement, 100)}")
        if not shown:
            for fact, score in lexical_neighbours(claim.text, verifier.kb, limit=limit):
                click.echo(f"  {score:5.1f}  {fact.id:<7} lexical only (no shared entity)")
                click.echo(f"         {_clip(fact.statement, 100)}")


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@facts_group.command("stats")
@click.argument("path", required=False, type=click.Path())
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"], case_sensitive=False), default="text", show_default=True
)
@click.option(
    "--coverage",
    "show_coverage",
    is_flag=True,
    help="The drug x section matrix of the coverage model: rows per cell, or why a cell is empty.",
)
def facts_stats(path, fmt, show_coverage):
    """Rows by kind, topic, entity, source type and review age; with --coverage, the coverage matrix.

    The coverage matrix has a line per drug (and drug class) in scope and a column per section of
    its US label; a cell is the number of rows that state that section for that drug, or the mark
    of the reason coverage_gaps.csv (beside the table) gives for leaving it empty.

    \b
    Examples:
      verify facts stats --format json
      verify facts stats --coverage
    """
    import json

    from .kb import DEFAULT_FACTS, load_kb
    from .lint import table_stats

    if show_coverage:
        from .coverage import coverage_json, coverage_text, default_coverage

        cov = _run(lambda: default_coverage(path))[0]
        click.echo(json.dumps(coverage_json(cov), indent=2) if fmt == "json" else coverage_text(cov))
        return
    kb = _run(lambda: load_kb(path or DEFAULT_FACTS))
    stats = table_stats(kb)
    if fmt == "json":
        click.echo(json.dumps(stats, indent=2))
        return
    click.echo(f"{kb.info.path}: {stats['rows']} rows, as of {kb.info.version}, sha256 {kb.info.sha256[:16]}")
    for title, key in (
        ("kind", "kind"),
        ("source type", "source_type"),
        ("review age", "review_age"),
        ("topic", "topic"),
        ("relation", "relation"),
        ("entity (top 25)", "entity"),
    ):
        click.echo(f"\nby {title}:")
        for name, count in list(stats[key].items())[:25]:
            click.echo(f"  {count:5d}  {name}")


def _ref(ref) -> str:
    return ref.id + (f"[{ref.aspect}]" if ref.aspect else "")


def _verifier(facts, config, **options):
    """A Verifier over the --facts tables, else the configuration's (with its extend-facts), else the
    bundled one."""
    from .api import Verifier

    if config is not None:
        options.setdefault("thresholds", config.thresholds)
    return Verifier(tuple(tables(config, tuple(facts)) if config else facts) or None, **options)


def expand_paths(args, config) -> list[str]:
    """Files as given (less excluded ones); folders walked for files matching the include globs.

    Globs match the file name, the path below the folder given, or the path below the config file's
    folder. Hidden and vendored folders (.git, .venv, node_modules, ...) and hidden files are left out
    (`files.walk_files`, the batch audit's walker too).
    """
    from fnmatch import fnmatch

    from .errors import InputError
    from .files import walk_files

    root = Path(config.root).resolve() if config.root else None

    def forms(file: Path, base: Path) -> list[str]:
        out = [file.name]
        for anchor in (base, root) if root is not None else (base,):
            try:
                out.append(file.resolve().relative_to(anchor.resolve()).as_posix())
            except (ValueError, AttributeError, OSError, RuntimeError):
                pass  # outside the anchor, or a symlink loop (read_article names it)
        return out

    def matches(file: Path, base: Path, globs) -> bool:
        return any(fnmatch(f, g) for f in forms(file, base) for g in globs)

    out: list[str] = []
    for arg in args:
        path = Path(arg)
        if arg == "-" or not path.is_dir():
            if arg == "-" or not matches(path, Path("."), config.exclude):
                out.append(arg)
            continue
        found = [
            file
            for file in walk_files(path)
            if file.is_file() and matches(file, path, config.include) and not matches(file, path, config.exclude)
        ]
        if not found:
            raise InputError(f"{arg}: no files to check (include: {', '.join(config.include)})")
        out.extend(str(f) for f in found)
    return out


def _run(fn):
    """Call the library; turn its errors into one line on stderr and exit code 2."""
    try:
        return fn()
    except VerifyError as exc:
        click.echo(f"verify: error: {exc}", err=True)
        sys.exit(2)
    except click.ClickException:
        raise  # a usage error found while running: click shows it (one line, exit 2)
    except KeyboardInterrupt:
        _interrupted()
    except Exception as exc:  # a bug: still one line, with what to report
        click.echo(f"verify: internal error: {type(exc).__name__}: {exc} (please report this)", err=True)
        sys.exit(2)


def _interrupted() -> None:
    click.echo("verify: interrupted", err=True)
    sys.exit(130)


def _open(page: str, output: str | None) -> None:
    """Write the HTML report (to `output`, else a new temporary file, kept) and open it in the browser."""
    import webbrowser

    if output is None:
        fd, output = tempfile.mkstemp(prefix="verify-report-", suffix=".html")
        os.close(fd)
    _emit(page, output)
    url = Path(output).resolve().as_uri()
    click.echo(f"verify: report written to {output}", err=True)
    if not webbrowser.open(url):
        click.echo(f"verify: could not start a browser; open {url} yourself", err=True)


def _output_target(output: str) -> Path:
    """The file -o names (a symlink followed); a directory is an error before any work is done."""
    target = Path(os.path.realpath(output))
    if target.is_dir():
        click.echo(f"verify: error: [E004] {output}: is a directory; give a file name", err=True)
        sys.exit(2)
    return target


def _emit(text: str, output: str | None, colour: bool | None = None) -> None:
    """Print, or write `output` atomically: a temporary file beside it, then a rename.

    An existing report is never truncated by a failed run; a symlink is followed, not replaced;
    the new file gets the usual permissions (umask), not mkstemp's 0600. `colour`: keep the text's
    colours even when standard output is not a terminal (--color always).
    """
    if output is None:
        click.echo(text, nl=False, color=colour or None)
        return
    if not output.strip():
        click.echo("verify: error: [E004] --output needs a file name", err=True)
        sys.exit(2)
    target = _output_target(output)
    try:
        atomic_write(target, text)  # Ctrl-C mid-write too: the temporary file goes, the old report stays
    except (OSError, UnicodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "cannot encode a file name in it"
        click.echo(f"verify: error: [E004] {output}: cannot write ({reason})", err=True)
        sys.exit(2)


def _register_eval() -> None:
    """`verify eval` lives in its own module (pipeline/eval_cli.py)."""
    from .eval_cli import eval_cmd

    main.add_command(eval_cmd)


_register_eval()


if __name__ == "__main__":  # pragma: no cover
    main()
