"""The command line, driven with CliRunner: output, exit codes and error paths."""

import json

import pytest
from click.testing import CliRunner

from pipeline.cli import main

MYTH = "Benzodiazepines raise the amount of GABA in the brain.\n"
TRUE = "Clonazepam is a benzodiazepine. It is used to treat panic disorder.\n"


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


@pytest.fixture
def article(tmp_path):
    def write(text, name="a.txt"):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        return str(p)

    return write


def test_text_report_shows_position_verdict_evidence_source(runner, article):
    path = article("Intro line.\n" + MYTH)
    result = runner.invoke(main, [path])
    assert result.exit_code == 1
    out = result.output
    assert out.startswith(path + "\n")
    assert "2:1" in out and "contradicted" in out and "myth_match M-" in out
    assert "evidence:" in out and "source:" in out
    assert "1 article: " in out


def test_exit_codes_follow_fail_on(runner, article):
    myth, true = article(MYTH, "m.txt"), article(TRUE, "t.txt")
    assert runner.invoke(main, [true]).exit_code == 0
    assert runner.invoke(main, [myth, "--fail-on", "never"]).exit_code == 0
    unsupported = article("Clonazepam raises endorphin levels in teenagers.\n", "u.txt")
    assert runner.invoke(main, [unsupported]).exit_code == 0
    assert runner.invoke(main, ["--fail-on", "unsupported", unsupported]).exit_code == 1


def test_json_contract(runner, article):
    result = runner.invoke(main, ["--format", "json", article(MYTH + TRUE)])
    doc = json.loads(result.output)
    assert doc["schema_version"] == "1" and doc["tool"]["name"] == "verify"
    assert set(doc["facts"]) == {"path", "sha256", "rows", "version"}
    art = doc["articles"][0]
    keys = {
        "id",
        "text",
        "start",
        "end",
        "sentence",
        "verdict",
        "severity",
        "reason",
        "fact_id",
        "evidence_ids",
        "score",
        "evidence",
        "source",
        "suppressed",
        "considered",
        "line",
        "column",
        "source_line",
        "source_column",
    }
    assert all(set(c) == keys for c in art["claims"])
    lines = (MYTH + TRUE).splitlines()
    for c in art["claims"]:  # line and column (from 1) of the claim's start
        assert lines[c["line"] - 1][c["column"] - 1 :].startswith((MYTH + TRUE)[c["start"] : c["end"]].split("\n")[0])
    assert all(c["evidence_ids"] == ([c["fact_id"]] if c["fact_id"] else []) for c in art["claims"])
    text = MYTH + TRUE
    for c in art["claims"]:
        assert text[c["start"] : c["end"]] and c["start"] < c["end"]
    assert art["summary"]["claims"] == len(art["claims"])
    assert art["summary"]["contradicted"] >= 1 and art["summary"]["supported"] >= 1


def test_json_explains_unsupported_claims(runner, article):
    # An unsupported claim lists the closest rows that were considered and why each did not apply.
    result = runner.invoke(
        main,
        [
            "--format",
            "json",
            "--fail-on",
            "never",
            article("Clonazepam is sometimes prescribed for 90 days at 40 mg per day.\n"),
        ],
    )
    claims = json.loads(result.output)["articles"][0]["claims"]
    unsupported = [c for c in claims if c["verdict"] == "unsupported"]
    assert unsupported, claims
    for c in unsupported:
        assert c["considered"] and all(k["fact_id"] and k["note"] and k["outcome"] for k in c["considered"])
    assert all(c["considered"] == [] for c in claims if c["verdict"] != "unsupported")


def test_output_file_is_written(runner, article, tmp_path):
    out = tmp_path / "report.json"
    result = runner.invoke(main, ["--format", "json", "-o", str(out), "--fail-on", "never", article(TRUE)])
    assert result.exit_code == 0 and result.output == ""
    assert json.loads(out.read_text())["articles"][0]["summary"]["supported"] >= 1


def test_missing_file_is_one_line_exit_2(runner, tmp_path):
    result = runner.invoke(main, [str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0
    assert "nope.txt: no such file" in result.output and "Traceback" not in result.output


def test_unreadable_table_is_exit_2(runner, article, tmp_path):
    bad = tmp_path / "facts.csv"
    bad.write_text("id,kind\nF-1,fact\n")
    result = runner.invoke(main, ["--facts", str(bad), article(TRUE)])
    assert result.exit_code == 2 and "[E002]" in result.output
    result = runner.invoke(main, ["--facts", str(tmp_path / "none.csv"), article(TRUE)])
    assert result.exit_code == 2 and "no such file" in result.output


def test_usage_error_is_exit_2(runner):
    assert runner.invoke(main, ["--format", "yaml", "x.txt"]).exit_code == 2
    assert runner.invoke(main, []).exit_code in (0, 2)


def test_claims_command(runner, article):
    result = runner.invoke(main, ["claims", article("Valium can cause drowsiness and dizziness.\n")])
    assert result.exit_code == 0
    assert "diazepam --causes--> sedation" in result.output
    assert "diazepam --causes--> dizziness" in result.output


def test_stdin(runner):
    result = runner.invoke(main, ["--format", "json", "-"], input=MYTH)
    assert json.loads(result.output)["articles"][0]["summary"]["contradicted"] == 1


def test_stdin_type_reads_markdown_and_html_and_sniffs_a_page(runner):
    page = "<!DOCTYPE html><html><body><p>Clonazepam is a benzodiazepine.</p></body></html>"
    fragment = "<p>Clonazepam is a <b>benzodiazepine</b>.</p>"
    markdown = "## Clonazepam\n\nClonazepam is a **benzodiazepine**.\n"
    for args, text in (
        (["-"], page),
        (["--stdin-type", "html", "-"], fragment),
        (["--stdin-type", "md", "-"], markdown),
    ):
        result = runner.invoke(main, ["--format", "json", "--fail-on", "never", *args], input=text)
        assert result.exit_code == 0, result.output
        claims = json.loads(result.output)["articles"][0]["claims"]
        assert [c["verdict"] for c in claims if "benzodiazepine" in c["text"]] == ["supported"], claims
        assert not any("<" in c["text"] or "*" in c["text"] for c in claims)
    result = runner.invoke(main, ["--stdin-type", "pdf", "-"], input="x")
    assert result.exit_code == 2 and "pdf" in result.output


def test_version_and_help(runner):
    from pipeline import __version__

    assert runner.invoke(main, ["--version"]).output.strip() == f"verify, version {__version__}"
    help_text = runner.invoke(main, ["--help"]).output
    assert "Examples:" in help_text and "claims" in help_text
    assert "Example:" in runner.invoke(main, ["check", "--help"]).output


def test_facts_check_command(runner):
    result = runner.invoke(main, ["facts", "check"])
    assert result.exit_code == 0 and ": ok (" in result.output


def test_output_follows_symlinks_and_umask(runner, article, tmp_path):
    import os
    import stat

    real = tmp_path / "real.json"
    link = tmp_path / "link.json"
    link.symlink_to(real)
    result = runner.invoke(main, ["--format", "json", "-o", str(link), "--fail-on", "never", article(TRUE)])
    assert result.exit_code == 0 and link.is_symlink() and real.exists()
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(real.stat().st_mode) == 0o666 & ~umask


def test_failed_write_keeps_nothing_half_written(runner, article, tmp_path):
    result = runner.invoke(main, ["-o", str(tmp_path / "missing" / "r.json"), article(TRUE)])
    assert result.exit_code == 2 and "[E004]" in result.output
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]
    assert runner.invoke(main, ["-o", "", article(TRUE)]).exit_code == 2


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "csv", "github", "markdown", "sarif", "junit", "html"])
def test_every_format_keeps_the_exit_codes(runner, article, fmt):
    myth, true = article(MYTH, "m.txt"), article(TRUE, "t.txt")
    assert runner.invoke(main, ["--format", fmt, myth]).exit_code == 1
    assert runner.invoke(main, ["--format", fmt, "--fail-on", "never", myth]).exit_code == 0
    ok = runner.invoke(main, ["--format", fmt, true])
    assert ok.exit_code == 0 and (ok.output or fmt == "github")  # no annotations for a clean article


def test_html_report_to_a_file(runner, article, tmp_path):
    out = tmp_path / "report.html"
    result = runner.invoke(main, ["--format", "html", article(MYTH), "-o", str(out)])
    assert result.exit_code == 1 and result.output == ""
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.count('class="tag v-contradicted"') == 1


def test_open_writes_a_temporary_page_and_opens_the_browser(runner, article, tmp_path, monkeypatch):
    import webbrowser

    opened = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url) or True)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    result = runner.invoke(main, ["--open", article(MYTH)])
    assert result.exit_code == 1
    (url,) = opened
    assert url.startswith("file://") and url.endswith(".html")
    (written,) = tmp_path.glob("verify-report-*.html")
    assert written.as_uri() == url and "report written to" in result.output
    assert 'class="tag v-contradicted"' in written.read_text(encoding="utf-8")


def test_open_with_an_output_file_and_no_browser(runner, article, tmp_path, monkeypatch):
    import webbrowser

    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: False)
    out = tmp_path / "r.html"
    result = runner.invoke(main, ["--open", "--fail-on", "never", article(TRUE), "-o", str(out)])
    assert result.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "could not start a browser" in result.output


def test_open_refuses_another_format(runner, article):
    result = runner.invoke(main, ["--open", "--format", "json", article(TRUE)])
    assert result.exit_code == 2 and "--open shows the HTML report" in result.output


@pytest.mark.parametrize(
    "name, starts",
    [
        ("r.json", '{\n  "schema_version"'),
        ("r.JSONL", '{"path"'),
        ("r.sarif", '{\n  "$schema"'),
        ("scan.sarif.json", '{\n  "$schema"'),
        ("r.xml", "<?xml"),
        ("r.csv", "path,line,column"),
        ("r.md", "#"),
        ("r.html", "<!DOCTYPE html>"),
        ("r.log", "/"),  # any other name: the text report, which starts with the article's path
    ],
)
def test_output_extension_picks_the_format(runner, article, tmp_path, name, starts):
    out = tmp_path / name
    result = runner.invoke(main, ["-o", str(out), "--fail-on", "never", article(MYTH)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith(starts)


def test_format_option_wins_over_the_extension_and_is_case_insensitive(runner, article, tmp_path):
    out = tmp_path / "r.json"
    assert runner.invoke(main, ["--format", "text", "-o", str(out), article(TRUE)]).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith(str(tmp_path))
    result = runner.invoke(main, ["--format", "JSON", "--fail-on", "never", article(MYTH)])
    assert json.loads(result.output)["schema_version"] == "1"
    claims = runner.invoke(main, ["claims", "--format", "Json", article(TRUE)])
    assert json.loads(claims.output)
    assert runner.invoke(main, ["claims", article(TRUE), "-o", str(tmp_path / "c.json")]).exit_code == 0
    assert json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))  # claims too: the format from -o


@pytest.mark.parametrize(
    "args, says",
    [
        (["--format", "yaml", "x.txt"], "'yaml' is not one of"),
        (["--fromat", "json", "x.txt"], "No such option"),
        (["--fail-on", "sometimes", "x.txt"], "--fail-on"),
        (["claims"], "Missing argument"),
    ],
)
def test_usage_errors_are_one_line(runner, args, says):
    result = runner.invoke(main, args)
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and result.output.startswith("verify: error: ")
    assert says in result.output and "--help" in result.output


def test_quiet_prints_only_the_findings(runner, article):
    myth, true = article("Clonazepam is a benzodiazepine.\n" + MYTH, "m.txt"), article(TRUE, "t.txt")
    result = runner.invoke(main, ["--quiet", myth, true])
    assert result.exit_code == 1
    assert result.output.startswith(myth + "\n") and "myth_match M-" in result.output
    assert "supported " not in result.output and "claims:" not in result.output and true not in result.output
    clean = runner.invoke(main, ["-q", true])
    assert clean.exit_code == 0 and clean.output == ""


@pytest.mark.parametrize(
    "args, no_color, coloured",
    [
        ([], None, True),
        ([], "1", False),
        ([], "", True),  # NO_COLOR set but empty does not count
        (["--color", "never"], None, False),
        (["--no-color"], None, False),
        (["--color", "always"], "1", True),
        (["--color", "AUTO"], "1", False),
    ],
)
def test_color_follows_the_option_then_no_color_then_the_terminal(
    runner, article, monkeypatch, args, no_color, coloured
):
    monkeypatch.setattr("pipeline.cli._stdout_is_terminal", lambda: True)
    if no_color is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", no_color)
    path = article(MYTH)
    result = runner.invoke(main, [*args, path])
    assert result.exit_code == 1, result.output
    assert ("\x1b[" in result.output) is coloured


def test_color_always_colours_a_pipe_too(runner, article, monkeypatch):
    monkeypatch.setattr("pipeline.cli._stdout_is_terminal", lambda: False)
    assert "\x1b[" in runner.invoke(main, ["--color", "always", article(MYTH)]).output
    assert "\x1b[" not in runner.invoke(main, [article(MYTH)]).output
