"""CI policy: configuration files, inline suppressions with reasons, and baselines."""

import json

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.config import find_config
from pipeline.errors import ConfigError

MYTH = "Benzodiazepines raise the amount of GABA in the brain.\n"


@pytest.fixture
def runner():
    return CliRunner()


def test_config_is_found_walking_up(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.verify]\nfail-on = "never"\n[tool.verify.severity]\n"M-0002" = "info"\n'
    )
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    config = find_config(deep)
    assert config.fail_on == "never" and config.severity == {"M-0002": "info"}
    (deep / "verify.toml").write_text('fail-on = "unsupported"\n')
    assert find_config(deep).fail_on == "unsupported"


def test_unknown_config_key_is_an_error(tmp_path, runner, monkeypatch):
    (tmp_path / "verify.toml").write_text('fail_on = "never"\n')
    with pytest.raises(ConfigError, match="unknown key"):
        find_config(tmp_path)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(MYTH)
    result = runner.invoke(main, ["a.txt"])
    assert result.exit_code == 2 and "[E003]" in result.output


def test_config_sets_fail_level_and_severity_and_options_override(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(MYTH)
    (tmp_path / "verify.toml").write_text('[severity]\n"M-0002" = "warning"\n')
    assert runner.invoke(main, ["a.txt"]).exit_code == 0  # the myth now weighs a warning
    assert runner.invoke(main, ["--fail-on", "unsupported", "a.txt"]).exit_code == 1
    (tmp_path / "verify.toml").write_text('fail-on = "unsupported"\n[severity]\n"M-0002" = "warning"\n')
    assert runner.invoke(main, ["a.txt"]).exit_code == 1
    assert runner.invoke(main, ["--fail-on", "never", "a.txt"]).exit_code == 0


def test_directories_follow_include_and_exclude(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "site" / "drafts").mkdir(parents=True)
    (tmp_path / "site" / "page.md").write_text("Clonazepam is a benzodiazepine.\n")
    (tmp_path / "site" / "drafts" / "wip.md").write_text(MYTH)
    (tmp_path / "site" / "image.png").write_bytes(b"\x89PNG\x00")
    (tmp_path / "verify.toml").write_text('exclude = ["drafts/*"]\n')
    result = runner.invoke(main, ["--format", "json", "site"])
    assert result.exit_code == 0
    assert [a["path"] for a in json.loads(result.output)["articles"]] == ["site/page.md"]


def test_a_folder_includes_its_html_pages(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "a.html").write_text("<html><body><p>Clonazepam is a benzodiazepine.</p></body></html>")
    (tmp_path / "site" / "b.htm").write_text("<html><body><p>Sertraline is an SSRI.</p></body></html>")
    (tmp_path / "site" / "c.txt").write_text("Lorazepam is a benzodiazepine.\n")
    (tmp_path / "site" / "style.css").write_text("p { color: red }\n")
    result = runner.invoke(main, ["--format", "json", "site"])
    assert result.exit_code == 0, result.output
    articles = json.loads(result.output)["articles"]
    assert [a["path"] for a in articles] == ["site/a.html", "site/b.htm", "site/c.txt"]
    assert all(a["claims"] for a in articles)


def test_inline_suppression_needs_a_reason_and_unused_ones_are_reported(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    page = tmp_path / "page.md"
    page.write_text("<!-- verify-ignore M-0002: we quote the myth to debunk it -->\n" + MYTH)
    result = runner.invoke(main, ["page.md"])
    assert result.exit_code == 0 and "suppressed (inline: we quote the myth" in result.output
    page.write_text("<!-- verify-ignore M-0002 -->\n" + MYTH)
    result = runner.invoke(main, ["page.md"])
    assert result.exit_code == 1 and "verify-ignore needs a reason after a colon" in result.output
    page.write_text("<!-- verify-ignore M-0001: stale -->\nClonazepam is a benzodiazepine.\n")
    result = runner.invoke(main, ["page.md"])
    assert result.exit_code == 0 and "unused suppression for M-0001" in result.output


def test_baseline_gates_only_new_findings(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    page = tmp_path / "page.txt"
    page.write_text(MYTH)
    created = runner.invoke(main, ["baseline", "create", "page.txt", "-o", "base.json"])
    assert created.exit_code == 0 and "1 finding(s) recorded" in created.output
    assert runner.invoke(main, ["page.txt"]).exit_code == 1
    assert runner.invoke(main, ["--baseline", "base.json", "page.txt"]).exit_code == 0
    page.write_text("Intro.\n\n" + MYTH)  # the old finding moved: still known
    assert runner.invoke(main, ["--baseline", "base.json", "page.txt"]).exit_code == 0
    page.write_text(MYTH + "Klonopin lowers serotonin levels.\n")  # a new contradicted claim
    result = runner.invoke(main, ["--baseline", "base.json", "page.txt"])
    assert result.exit_code == 1 and "suppressed (baseline)" in result.output
    (tmp_path / "bad.json").write_text("{}")
    assert runner.invoke(main, ["--baseline", "bad.json", "page.txt"]).exit_code == 2


def test_a_second_table_adds_rows_and_clashes_are_errors(tmp_path, runner, monkeypatch):
    import csv

    from pipeline.kb import DEFAULT_FACTS, FACT_COLUMNS

    monkeypatch.chdir(tmp_path)
    site = tmp_path / "site_facts.csv"
    (tmp_path / "reference_entities.csv").write_text(
        "id,type,label,aliases,parents\nmelatonin,drug,Melatonin,melatonin,\n"
        "sleep_onset,effect,Sleep onset,sleep onset,\n"
    )
    row = {c: "" for c in FACT_COLUMNS}
    row.update(
        id="F-9001",
        kind="fact",
        subject="melatonin",
        relation="causes",
        object="sleep_onset",
        polarity="affirmed",
        statement="Melatonin can shorten the time it takes to fall asleep.",
        source="Our editorial board, sleep guide 2026, section 3",
        source_type="guideline",
        reviewed="2026-11-22",
    )
    with site.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FACT_COLUMNS)
        w.writeheader()
        w.writerow(row)
    (tmp_path / "a.txt").write_text("Melatonin can cause sleep onset. " + MYTH)
    result = runner.invoke(
        main, ["--format", "json", "--fail-on", "never", "--facts", str(DEFAULT_FACTS), "--facts", str(site), "a.txt"]
    )
    doc = json.loads(result.output)
    assert " + " in doc["facts"]["path"] and doc["facts"]["rows"] > 100
    ids = {c["fact_id"] for c in doc["articles"][0]["claims"]}
    assert {"F-9001", "M-0002"} <= ids
    row["id"] = "M-0002"  # clashes with the shipped table
    row["kind"] = "myth"
    row["correction"] = "x"
    with site.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FACT_COLUMNS)
        w.writeheader()
        w.writerow(row)
    clash = runner.invoke(main, ["--facts", str(DEFAULT_FACTS), "--facts", str(site), "a.txt"])
    assert clash.exit_code == 2 and "already used by an earlier table" in clash.output


def test_min_severity_hides_less_severe_findings(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(MYTH + "Clonazepam is a benzodiazepine.\n")

    def listed():
        import re

        return [
            line.split()[1]
            for line in runner.invoke(main, ["a.txt"]).output.splitlines()
            if re.match(r"^  \d+:\d+ ", line)
        ]

    assert listed() == ["contradicted", "supported"]
    (tmp_path / "verify.toml").write_text('min-severity = "error"\n')
    assert listed() == ["contradicted"]


def test_suppressed_findings_are_not_failures_in_any_format(tmp_path, runner, monkeypatch):
    from xml.etree import ElementTree as ET

    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.md").write_text("<!-- verify-ignore M-0002: quoted to debunk -->\n" + MYTH)
    github = runner.invoke(main, ["--format", "github", "page.md"])
    assert github.exit_code == 0 and "::error" not in github.output
    junit = ET.fromstring(runner.invoke(main, ["--format", "junit", "page.md"]).output.split("\n", 1)[1])
    assert junit.get("failures") == "0" and junit.find(".//skipped") is not None
    sarif = json.loads(runner.invoke(main, ["--format", "sarif", "page.md"]).output)
    (result,) = sarif["runs"][0]["results"]
    assert result["suppressions"] == [{"kind": "inSource", "justification": "inline: quoted to debunk"}]


def test_stacked_multiline_and_reason_code_suppressions(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.md").write_text(
        "<!-- verify-ignore M-0001: quoted -->\n<!-- verify-ignore M-0002:\n  also quoted, the myth that\n"
        "  benzodiazepines raise GABA levels -->\n"
        "Clonazepam lowers serotonin, and benzodiazepines raise GABA levels.\n"
        "<!-- verify-ignore no_matching_fact: our own survey -->\nClonazepam raises endorphin levels in teenagers.\n"
    )
    result = runner.invoke(main, ["--fail-on", "unsupported", "page.md"])
    assert result.exit_code == 0, result.output
    assert "unused" not in result.output and result.output.count("suppressed (inline") == 3


def test_config_values_are_validated(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "a.md").write_text(MYTH)
    (tmp_path / "site" / "drafts").mkdir()
    (tmp_path / "site" / "drafts" / "b.md").write_text(MYTH)
    (tmp_path / "verify.toml").write_text('exclude = "site/drafts/*"\n')  # a string is a one-item list
    doc = json.loads(runner.invoke(main, ["--format", "json", "--fail-on", "never", "site"]).output)
    assert [a["path"] for a in doc["articles"]] == ["site/a.md"]
    for bad in ('severity = "x"\n', "facts = 5\n", "baseline = 3\n", "exclude = [1]\n"):
        (tmp_path / "verify.toml").write_text(bad)
        result = runner.invoke(main, ["site"])
        assert result.exit_code == 2 and "[E003]" in result.output, bad


def test_folders_skip_hidden_and_vendored_and_empty_selections_fail(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for folder in (".venv/lib", "node_modules/pkg", "content"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "x.md").write_text(MYTH)
    doc = json.loads(runner.invoke(main, ["--format", "json", "--fail-on", "never", "."]).output)
    assert [a["path"] for a in doc["articles"]] == ["content/x.md"]
    (tmp_path / "empty").mkdir()
    result = runner.invoke(main, ["empty"])
    assert result.exit_code == 2 and "no files to check" in result.output


def test_baseline_counts_copies_and_is_independent_of_the_working_directory(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "site").mkdir()
    page = tmp_path / "site" / "a.txt"
    page.write_text(MYTH)
    assert runner.invoke(main, ["baseline", "create", "site", "-o", "base.json"]).exit_code == 0
    assert runner.invoke(main, ["--baseline", "base.json", str(page)]).exit_code == 0  # absolute path
    monkeypatch.chdir(tmp_path / "site")
    assert runner.invoke(main, ["--baseline", "../base.json", "a.txt"]).exit_code == 0
    page.write_text(MYTH + MYTH)  # a second copy of the known myth is a new finding
    assert runner.invoke(main, ["--baseline", "../base.json", "a.txt"]).exit_code == 1
    (tmp_path / "bad.json").write_text('{"version": 1, "fingerprints": "abc"}')
    result = runner.invoke(main, ["--baseline", "../bad.json", "a.txt"])
    assert result.exit_code == 2 and "not a verify baseline" in result.output


def test_claims_command_uses_the_configured_table(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(MYTH)
    (tmp_path / "verify.toml").write_text('facts = "missing.csv"\n')
    result = runner.invoke(main, ["claims", "a.txt"])
    assert result.exit_code == 2 and "missing.csv: no such file" in result.output


def test_severity_for_an_unknown_fact_id_is_a_config_error(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(MYTH)
    (tmp_path / "verify.toml").write_text('[severity]\n"M-9999" = "warning"\n')
    result = runner.invoke(main, ["a.txt"])
    assert result.exit_code == 2 and "M-9999" in result.output


def test_config_format_key_and_what_overrides_it(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(MYTH)
    (tmp_path / "verify.toml").write_text('format = "JSON"\n')
    assert json.loads(runner.invoke(main, ["--fail-on", "never", "a.txt"]).output)["schema_version"] == "1"
    assert runner.invoke(main, ["--format", "text", "a.txt"]).output.startswith("a.txt\n")
    runner.invoke(main, ["-o", "r.csv", "a.txt"])
    assert (tmp_path / "r.csv").read_text().startswith("path,line,column")
    (tmp_path / "verify.toml").write_text('format = "yaml"\n')
    result = runner.invoke(main, ["a.txt"])
    assert result.exit_code == 2 and "[E003]" in result.output and "format must be one of" in result.output


@pytest.mark.parametrize(
    "comment, says",
    [
        ("<!-- verify-ignore m-0002: quoted to debunk it -->", None),
        ("<!-- VERIFY-IGNORE M-0002: quoted to debunk it -->", None),
        ("<!-- verify-ignore M-0002 quoted to debunk it -->", "needs a reason after a colon"),
        ("<!-- verify-ignore M2: quoted -->", "names 'M2', which is neither a fact id"),
        ("<!-- verify-ignore M-0999: a row we removed -->", "names M-0999, which is not a fact id of the table"),
        ("<!-- verify-ignore : quoted -->", "needs a fact id (M-0001) or a reason code"),
    ],
)
def test_suppression_ids_any_case_and_messages_name_the_problem(tmp_path, runner, monkeypatch, comment, says):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.md").write_text(comment + "\n" + MYTH)
    result = runner.invoke(main, ["page.md"])
    if says is None:
        assert result.exit_code == 0 and "suppressed (inline: quoted to debunk it)" in result.output
    else:
        assert result.exit_code == 1 and says in result.output and "not applied" in result.output
        assert "unused suppression" not in result.output


def test_reason_code_suppressions_any_case(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.md").write_text(
        "<!-- verify-ignore No_Matching_Fact: our own survey -->\nClonazepam raises endorphin levels in teenagers.\n"
    )
    result = runner.invoke(main, ["--fail-on", "unsupported", "page.md"])
    assert result.exit_code == 0 and "suppressed (inline: our own survey)" in result.output


def test_baseline_is_readable_and_names_each_finding(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "a.md").write_text("Intro.\n\n" + MYTH)
    assert runner.invoke(main, ["baseline", "create", "site", "-o", "base.json"]).exit_code == 0
    data = json.loads((tmp_path / "base.json").read_text())
    (entry,) = data["findings"]
    assert entry["path"] == "site/a.md" and entry["fact_id"] == "M-0002" and entry["verdict"] == "contradicted"
    assert "GABA" in entry["claim"] and len(entry["fingerprint"]) == 20


def test_baseline_fingerprint_survives_a_reworded_claim(verifier, tmp_path):
    """An upgrade that words a claim's text differently keeps the finding known; another sentence is new."""
    from dataclasses import replace

    from pipeline.read import article_from_text
    from pipeline.suppress import apply_baseline, baseline_of

    page = tmp_path / "a.txt"
    (report,) = verifier.verify_articles([article_from_text(MYTH, str(page))]).articles
    known = frozenset(e["fingerprint"] for e in baseline_of([report], tmp_path)["findings"])
    reworded = replace(
        report,
        findings=tuple(
            replace(f, claim=replace(f.claim, text=f.claim.text.upper() + " (reworded)")) for f in report.findings
        ),
    )
    assert [f.suppressed for f in apply_baseline(reworded, known, tmp_path).findings] == ["baseline"]
    (other,) = verifier.verify_articles(
        [article_from_text("Intro. " + MYTH.replace("brain", "body"), str(page))]
    ).articles
    assert [f.suppressed for f in apply_baseline(other, known, tmp_path).findings if f.fact] == [None]


def test_version_1_baselines_still_gate(tmp_path, runner, monkeypatch):
    import hashlib

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(MYTH)
    result = json.loads(runner.invoke(main, ["--format", "json", "--fail-on", "never", "a.txt"]).output)
    (claim,) = [c for c in result["articles"][0]["claims"] if c["fact_id"] == "M-0002"]
    key = f"a.txt|M-0002|{' '.join(claim['text'].lower().split())}|1"
    old = {"version": 1, "tool": "verify", "fingerprints": [hashlib.sha256(key.encode()).hexdigest()[:20]]}
    (tmp_path / "old.json").write_text(json.dumps(old))
    assert runner.invoke(main, ["--baseline", "old.json", "a.txt"]).exit_code == 0


def test_a_removed_fact_id_in_the_baseline_is_reported(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(MYTH)
    assert runner.invoke(main, ["baseline", "create", "a.txt", "-o", "base.json"]).exit_code == 0
    data = json.loads((tmp_path / "base.json").read_text())
    data["findings"][0]["fact_id"] = "M-0999"  # as if the row had been dropped from the table since
    (tmp_path / "base.json").write_text(json.dumps(data))
    result = runner.invoke(main, ["--baseline", "base.json", "a.txt"])
    assert "names fact id(s) no longer in the table: M-0999" in result.output


def test_summaries_count_suppressed_findings(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.md").write_text("<!-- verify-ignore M-0002: quoted to debunk it -->\n" + MYTH)
    text = runner.invoke(main, ["page.md"]).output
    assert text.count("; 1 finding suppressed") == 2  # the article's summary and the total
    doc = json.loads(runner.invoke(main, ["--format", "json", "page.md"]).output)
    assert doc["articles"][0]["summary"]["suppressed"] == 1
    (tmp_path / "page.md").write_text(MYTH)
    assert (
        json.loads(runner.invoke(main, ["--format", "json", "page.md"]).output)["articles"][0]["summary"]["suppressed"]
        == 0
    )
    assert "suppressed" not in runner.invoke(main, ["page.md"]).output


def _site_table(folder):
    """A one-row table of a site's own (melatonin), with its entities beside it."""
    import csv

    from pipeline.kb import FACT_COLUMNS

    (folder / "reference_entities.csv").write_text(
        "id,type,label,aliases,parents\nmelatonin,drug,Melatonin,melatonin,\n"
        "sleep_onset,effect,Sleep onset,sleep onset,\n"
    )
    row = {c: "" for c in FACT_COLUMNS}
    row.update(
        id="F-9001",
        kind="fact",
        subject="melatonin",
        relation="causes",
        object="sleep_onset",
        polarity="affirmed",
        statement="Melatonin can shorten the time it takes to fall asleep.",
        source="Our editorial board, sleep guide 2026, section 3",
        source_type="guideline",
        reviewed="2026-11-22",
    )
    with (folder / "site_facts.csv").open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FACT_COLUMNS)
        w.writeheader()
        w.writerow(row)


def test_extend_facts_adds_a_site_table_on_top_of_the_shipped_one(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tables").mkdir()
    _site_table(tmp_path / "tables")
    (tmp_path / "a.txt").write_text("Melatonin can cause sleep onset. " + MYTH)
    (tmp_path / "verify.toml").write_text('extend-facts = "tables/site_facts.csv"\n')
    doc = json.loads(runner.invoke(main, ["--format", "json", "--fail-on", "never", "a.txt"]).output)
    assert {"F-9001", "M-0002"} <= {c["fact_id"] for c in doc["articles"][0]["claims"]}
    assert doc["facts"]["path"].endswith("tables/site_facts.csv") and " + " in doc["facts"]["path"]
    (tmp_path / "verify.toml").write_text('extend_facts = "tables/site_facts.csv"\n')
    result = runner.invoke(main, ["a.txt"])
    assert result.exit_code == 2 and "extend_facts (did you mean extend-facts?)" in result.output


def test_config_option_and_no_config(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(MYTH)
    (tmp_path / "verify.toml").write_text('fail-on = "never"\n')
    (tmp_path / "ci").mkdir()
    (tmp_path / "ci" / "strict.toml").write_text('fail-on = "contradicted"\n')
    (tmp_path / "ci" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert runner.invoke(main, ["a.txt"]).exit_code == 0
    assert runner.invoke(main, ["--no-config", "a.txt"]).exit_code == 1
    assert runner.invoke(main, ["--config", "ci/strict.toml", "a.txt"]).exit_code == 1
    for args, says in (
        (["--config", "ci/missing.toml", "a.txt"], "no such configuration file"),
        (["--config", "ci/pyproject.toml", "a.txt"], "no [tool.verify] table"),
        (["--config", "ci/strict.toml", "--no-config", "a.txt"], "cannot be used together"),
    ):
        result = runner.invoke(main, args)
        assert result.exit_code == 2 and says in result.output and result.output.count("\n") == 1, args
    claims = runner.invoke(main, ["claims", "--config", "ci/missing.toml", "a.txt"])
    assert claims.exit_code == 2 and "no such configuration file" in claims.output


def test_each_file_follows_the_closest_configuration_above_it(tmp_path, runner, monkeypatch):
    project = tmp_path / "project"
    (project / "guides" / "drafts").mkdir(parents=True)
    (tmp_path / "outside").mkdir()
    monkeypatch.chdir(project)
    (project / "verify.toml").write_text('[severity]\n"M-0002" = "warning"\n')
    (project / "guides" / "verify.toml").write_text('exclude = ["drafts/*"]\n')
    for page in (project / "top.txt", project / "guides" / "a.md", project / "guides" / "drafts" / "b.md"):
        page.write_text(MYTH)
    (tmp_path / "outside" / "c.txt").write_text(MYTH)

    def severities(*args):
        doc = json.loads(runner.invoke(main, ["--format", "json", "--fail-on", "never", *args]).output)
        return {a["path"]: [c["severity"] for c in a["claims"] if c["fact_id"] == "M-0002"] for a in doc["articles"]}

    outside = str(tmp_path / "outside" / "c.txt")
    # top.txt and a file under no configuration follow the run's; guides/ its own (no severity override,
    # its drafts excluded); the files keep the order they were given in.
    assert severities("top.txt", "guides", outside) == {
        "top.txt": ["warning"],
        "guides/a.md": ["error"],
        outside: ["warning"],
    }
    assert list(severities("guides", "top.txt")) == ["guides/a.md", "top.txt"]
    assert severities("--config", "verify.toml", "guides") == {
        "guides/a.md": ["warning"],
        "guides/drafts/b.md": ["warning"],
    }
    (project / "guides" / "verify.toml").write_text('facts = "other.csv"\n')
    result = runner.invoke(main, ["top.txt", "guides"])
    assert result.exit_code == 2 and "different fact tables" in result.output
