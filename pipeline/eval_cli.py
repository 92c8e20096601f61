"""`verify eval`: the command (registered by pipeline.cli); the scoring is pipeline.evaluate."""

from __future__ import annotations

import sys

import click


def _eval_options(f):
    """The options of `verify eval`, in --help order."""
    for option in reversed(_OPTIONS):
        f = option(f)
    return f


_OPTIONS = [
    click.option(
        "--facts",
        "facts",
        type=click.Path(),
        multiple=True,
        help="Fact table CSV (default: the configuration's, else the shipped one); repeat to stack tables.",
    ),
    click.option(
        "--format", "fmt", type=click.Choice(["text", "json"], case_sensitive=False), default="text", show_default=True
    ),
    click.option("--details", is_flag=True, help="List every miss: claim, verdict, reason, cited row (text format)."),
    click.option(
        "--fail-if",
        "bars",
        multiple=True,
        metavar="METRIC<VALUE|METRIC>VALUE",
        help="Exit 1 when a metric is worse than VALUE: '<' for the recalls, core_support_rate and "
        "evidence_precision, '>' for false_contradiction_rate and noise_flag_rate. Repeatable.",
    ),
    click.option(
        "--compare", is_flag=True, help="Score twice and show both side by side (needs --facts-b or --against)."
    ),
    click.option(
        "--facts-b",
        "facts_b",
        type=click.Path(),
        multiple=True,
        help="With --compare: the fact table(s) of side B (side A: --facts).",
    ),
    click.option(
        "--against",
        type=click.Path(dir_okay=False),
        default=None,
        help="With --compare: side A is this saved `verify eval --format json` result; B is this run.",
    ),
    click.option("-o", "--output", type=click.Path(), default=None, help="Write the report to this file (atomically)."),
]


@click.command("eval", short_help="Score verdicts against a gold file of quoted spans.")
@click.argument("gold", type=click.Path())
@click.argument("pages", nargs=-1, required=True, type=click.Path())
@_eval_options
def eval_cmd(gold, pages, facts, fmt, details, bars, compare, facts_b, against, output):
    """Score the verdicts on PAGES... against GOLD.csv (the format of ../shared/eval/score.py).

    GOLD.csv has the columns article, quote, label, note and optionally fact_ids (ids separated
    by ';'). Each article is the file name of one of PAGES (files or folders). Prints
    score.py's metrics, evidence_precision where fact_ids are given, and a confusion table.
    Exit 0, or 1 when a --fail-if bar is not held; 2 on bad input (a quote not in its article).

    \b
    Examples:
      verify eval claims/expected.csv claims/articles --details
      verify eval gold.csv pages/ --fail-if 'contradiction_recall<0.85' --fail-if 'false_contradiction_rate>0'
      verify eval gold.csv pages/ --compare --facts-b new_facts.csv
      verify eval gold.csv pages/ --format json -o before.json
      verify eval gold.csv pages/ --compare --against before.json
    """
    from .cli import _run
    from .evaluate import parse_bar

    parsed = _run(lambda: [parse_bar(b) for b in bars])
    compare = compare or bool(facts_b or against)
    if compare and bool(facts_b) == bool(against):
        click.echo("verify: error: [E007] --compare needs one of --facts-b PATH or --against RESULT.json", err=True)
        sys.exit(2)
    b, a, labels = _run(lambda: _evaluations(gold, pages, facts, facts_b, against, compare))
    _report(b, a, labels, fmt, details, output)
    sys.exit(1 if _failed_bars(b, parsed) else 0)


def _report(b, a, labels, fmt, details, output) -> None:
    """Print one evaluation, or A and B side by side with the changed items."""
    from .cli import _emit, _run
    from .evaluate import compare as changed
    from .render.evaluation import render_compare_json, render_compare_text, render_eval_json, render_eval_text

    if a is None:
        _emit(render_eval_json(b) if fmt == "json" else render_eval_text(b, details), output)
        return
    diff = _run(lambda: changed(a, b))
    render = render_compare_json if fmt == "json" else render_compare_text
    _emit(render(a, b, diff, labels), output)


def _failed_bars(ev, bars) -> list:
    """The --fail-if bars not held, each said on stderr."""
    metrics = ev.metrics()
    failed = [bar for bar in bars if bar.fails(metrics)]
    for bar in failed:
        got = metrics.get(bar.metric)
        shown = "not measured" if got is None else f"{got:.3f}"
        click.echo(f"verify: bar not held: {bar.metric} is {shown} (--fail-if {bar})", err=True)
    return failed


def _evaluations(gold, pages, facts, facts_b, against, compare):
    """(B, A, labels): B is this run (with --facts-b when given), A the other side or None."""
    from .cli import _verifier, expand_paths
    from .config import find_config
    from .evaluate import evaluate, load_result, pages_for, read_gold

    config = find_config()
    items, _ = read_gold(gold)  # a bad gold file fails before the model loads
    paths = expand_paths(pages, config)
    pages_for(items, paths, str(gold))
    if against:
        saved = load_result(against)
    verifier = _verifier(facts, config, severity=config.severity)
    first = evaluate(gold, paths, verifier)
    if not compare:
        return first, None, ("", "")
    if against:
        return first, saved, (f"saved result {against}", _tables(facts, config))
    other = _verifier(facts_b, None, nlp=verifier.extractor.nlp, thresholds=config.thresholds)
    return evaluate(gold, paths, other), first, (_tables(facts, config), _tables(facts_b, None))


def _tables(facts, config) -> str:
    from .config import tables

    chosen = tables(config, tuple(facts)) if config else list(facts)
    return ", ".join(str(f) for f in chosen) or "the shipped fact table"
