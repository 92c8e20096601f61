"""Configuration: `[tool.verify]` in pyproject.toml, or a verify.toml, found by walking up.

Options on the command line override the file. Unknown keys are an error naming the key.

    [tool.verify]
    facts = ["reference_facts.csv", "our_facts.csv"]   # one or more, relative to the config file
    extend-facts = ["our_facts.csv"]      # tables added on top of `facts` (default: the shipped table)
    fail-on = "contradicted"              # contradicted | unsupported | never
    show = ["contradicted", "unsupported", "supported"]
    min-severity = "warning"              # text format: hide findings below this severity
    include = ["*.txt", "*.md"]           # files taken from directories given on the command line
                                          # (default: *.txt, *.md, *.markdown, *.html, *.htm)
    exclude = ["drafts/*"]
    baseline = "verify-baseline.json"
    format = "sarif"                      # the report format when neither --format nor -o's extension says
    [tool.verify.severity]                # per-fact overrides: error | warning | info | none
    M-0007 = "warning"
    [tool.verify.thresholds]              # least candidate score (0-100) to decide a claim
    contradict = 70
    support = 60
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError
from .types import DEFAULT_THRESHOLDS, Thresholds

VERDICTS = ("contradicted", "unsupported", "supported", "not_checkworthy")
KEYS = {
    "facts",
    "extend-facts",
    "fail-on",
    "show",
    "min-severity",
    "include",
    "exclude",
    "baseline",
    "severity",
    "thresholds",
    "format",
}


@dataclass(frozen=True)
class Config:
    path: str | None = None
    facts: tuple[str, ...] = ()
    extend_facts: tuple[str, ...] = ()  # tables added on top of `facts`, else of the shipped one
    fail_on: str | None = None
    show: tuple[str, ...] | None = None
    min_severity: str = "none"
    include: tuple[str, ...] = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm")
    exclude: tuple[str, ...] = ()
    baseline: str | None = None
    severity: dict[str, str] = field(default_factory=dict)
    thresholds: Thresholds = DEFAULT_THRESHOLDS
    root: str | None = None  # the config file's folder: globs and paths are relative to it
    format: str | None = None  # the report format when neither --format nor -o's extension names one


def find_config(start: Path | None = None) -> Config:
    """The first verify.toml, or pyproject.toml with a [tool.verify] table, from `start` upwards."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        own = folder / "verify.toml"
        if own.is_file():
            return _parse(_load(own), own)
        project = folder / "pyproject.toml"
        if project.is_file():
            table = _load(project).get("tool", {}).get("verify")
            if table is not None:
                return _parse(table, project)
    return Config()


def load_config(path: str | Path) -> Config:
    """The configuration file `--config` names: a pyproject.toml (its [tool.verify] table) or a file
    of verify's keys at the top level (verify.toml, or any other name)."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"{path}: no such configuration file")
    data = _load_strict(path)
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("verify")
        if table is None:
            raise ConfigError(f"{path}: no [tool.verify] table")
        return _parse(table, path)
    return _parse(data, path)


def _load_strict(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None


def _load(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
        return tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        if path.name == "pyproject.toml" and "tool.verify" not in locals().get("text", "tool.verify"):
            return {}  # someone else's broken pyproject.toml is not verify's business
        raise ConfigError(f"{path}: {exc}") from None


def _parse(table: dict, path: Path) -> Config:
    unknown = sorted(set(table) - KEYS)
    if unknown:
        hints = [f"{k} (did you mean {k.replace('_', '-')}?)" if k.replace("_", "-") in KEYS else k for k in unknown]
        raise ConfigError(f"{path}: unknown key(s) {', '.join(hints)} in the verify settings")
    base = path.parent

    def rel(value: str) -> str:
        return str((base / value) if not Path(value).is_absolute() else value)

    fail_on = table.get("fail-on")
    if fail_on is not None and fail_on not in ("contradicted", "unsupported", "never"):
        raise ConfigError(f"{path}: fail-on must be contradicted, unsupported or never, not {fail_on!r}")
    show = table.get("show")
    if show is not None and (not isinstance(show, list) or set(show) - set(VERDICTS)):
        raise ConfigError(f"{path}: show must be a list of {', '.join(VERDICTS)}")

    def strings(key: str, default=()) -> tuple[str, ...]:
        value = table.get(key, default)
        value = [value] if isinstance(value, str) else value  # "drafts/*" means ["drafts/*"]
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{path}: {key} must be a string or a list of strings")
        return tuple(value)

    if "baseline" in table and not isinstance(table["baseline"], str):
        raise ConfigError(f"{path}: baseline must be a file name")
    if not isinstance(table.get("severity", {}), dict):
        raise ConfigError(f"{path}: severity must be a table of fact id = severity")
    min_severity = table.get("min-severity", "none")
    if min_severity not in ("error", "warning", "info", "none"):
        raise ConfigError(f"{path}: min-severity must be error, warning, info or none")
    facts = strings("facts")
    severity = table.get("severity", {})
    bad = {k: v for k, v in severity.items() if v not in ("error", "warning", "info", "none")}
    if bad:
        raise ConfigError(f"{path}: severity for {', '.join(bad)} must be error, warning, info or none")
    thresholds = table.get("thresholds", {})
    if not isinstance(thresholds, dict) or set(thresholds) - {"contradict", "support"}:
        raise ConfigError(f"{path}: thresholds takes contradict and support (numbers from 0 to 100)")
    try:
        thresholds = Thresholds(**{**vars(DEFAULT_THRESHOLDS), **thresholds})
    except ValueError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    return Config(
        path=str(path),
        format=_format(table, path),
        facts=tuple(rel(f) for f in facts),
        extend_facts=tuple(rel(f) for f in strings("extend-facts")),
        fail_on=fail_on,
        thresholds=thresholds,
        show=tuple(show) if show is not None else None,
        min_severity=min_severity,
        include=strings("include", Config.include),
        exclude=strings("exclude"),
        baseline=None if table.get("baseline") is None else rel(table["baseline"]),
        root=str(base),
        severity=dict(severity),
    )


def _format(table: dict, path: Path) -> str | None:
    """The `format` key: one of the report formats, any case."""
    from .render import FORMATS

    value = table.get("format")
    if value is None:
        return None
    if not isinstance(value, str) or value.lower() not in FORMATS:
        raise ConfigError(f"{path}: format must be one of {', '.join(FORMATS)}, not {value!r}")
    return value.lower()


def tables(config: Config, given: tuple[str, ...] = ()) -> list[str]:
    """The fact tables to load: those given on the command line (exactly those), else the
    configuration's `facts` (else the shipped table) with its `extend-facts` on top; [] means the
    shipped table alone."""
    if given:
        return list(given)
    if not config.extend_facts:
        return list(config.facts)
    from .kb import DEFAULT_FACTS

    return [*(config.facts or (str(DEFAULT_FACTS),)), *config.extend_facts]
