"""`verify audit`: folders, JSONL and WARC inputs, local and Dask engines, kill and resume, bad pages."""

from __future__ import annotations

import csv
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from audit_corpus import gzip_bomb, html_page, text_page, write_jsonl, write_site, write_warc
from click.testing import CliRunner

from pipeline.audit import AuditOptions, read_journal, run_audit
from pipeline.audit.inputs import MB, Limits
from pipeline.audit.report import detail_name, risk_score
from pipeline.cli import main

OUTPUTS = ("findings.jsonl", "pages.csv", "errors.jsonl", "index.html")
VERIFY = [sys.executable, "-m", "pipeline.cli"]


def audit(inputs, out, **options) -> dict:
    options.setdefault("workers", 2)
    options.setdefault("progress", "none")
    return run_audit(AuditOptions(inputs=tuple(str(i) for i in inputs), out=str(out), **options))


def outputs(out: Path) -> dict[str, bytes]:
    files = {name: (out / name).read_bytes() for name in OUTPUTS}
    files.update({f"pages/{p.name}": p.read_bytes() for p in sorted((out / "pages").iterdir())})
    return files


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def pages_csv(out: Path) -> list[dict]:
    with open(out / "pages.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return write_site(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def local_run(site, tmp_path_factory):
    out = tmp_path_factory.mktemp("local") / "site"
    counts = audit([site], out, exclude=("*.log",))
    return out, counts


def _expected(verifier, text: str, markdown: bool = False) -> list[dict]:
    """What `verify` itself says of a text: the claim keys of its JSON report."""
    from pipeline.audit.work import normalise
    from pipeline.read import article_from_text
    from pipeline.render.json import claim_record

    article = article_from_text(normalise(text), "page.md" if markdown else "page.txt")
    return [claim_record(f) for f in verifier.verify_articles([article]).articles[0].findings]


# --- a folder ---------------------------------------------------------------------------------------


def test_directory_audit_gives_verifys_findings_for_every_page(local_run, site, verifier):
    out, counts = local_run
    findings = rows(out / "findings.jsonl")
    by_url: dict[str, list[dict]] = {}
    for row in findings:
        by_url.setdefault(row["url"], []).append(row)
    checked = {str(site / n) for n in ("one.txt", "two.md", "three.html", "deep/er/four.txt", "deep/copy_of_one.txt")}
    assert set(by_url) == checked
    for name, markdown in (("one.txt", False), ("two.md", True), ("deep/er/four.txt", False)):
        got = [{k: v for k, v in r.items() if k not in ("url", "input")} for r in by_url[str(site / name)]]
        assert got == _expected(verifier, (site / name).read_text(encoding="utf-8"), markdown), name
    # the duplicate (same text but for trailing spaces and blank lines) has the same findings
    strip = lambda rs: [{k: v for k, v in r.items() if k not in ("url", "input")} for r in rs]  # noqa: E731
    assert strip(by_url[str(site / "deep/copy_of_one.txt")]) == strip(by_url[str(site / "one.txt")])
    verdicts = [r["verdict"] for r in findings]
    assert verdicts.count("contradicted") >= 3 and "supported" in verdicts and "unsupported" in verdicts
    assert counts["pages"] == 9 and counts["pages_checked"] == 5 and counts["duplicate_pages"] == 1
    assert counts["unique_texts"] == 4 and counts["errors"] == 4


def test_pages_csv_counts_risk_and_duplicates(local_run, site):
    out, _ = local_run
    table = pages_csv(out)
    assert [r["url"] for r in table] == sorted(r["url"] for r in table)
    findings = rows(out / "findings.jsonl")
    for r in table:
        mine = [f for f in findings if f["url"] == r["url"]]
        counts = {
            v: sum(f["verdict"] == v for f in mine)
            for v in ("contradicted", "unsupported", "supported", "not_checkworthy")
        }
        assert int(r["claims"]) == len(mine) and {v: int(r[v]) for v in counts} == counts
        assert float(r["risk"]) == risk_score(counts)
        assert (out / r["detail"]).is_file()
    # the first URL (in sort order) of a text is its original; the others name it
    dup = next(r for r in table if r["url"].endswith("/one.txt"))
    assert dup["duplicate_of"] == str(site / "deep" / "copy_of_one.txt")
    assert next(r for r in table if r["url"].endswith("copy_of_one.txt"))["duplicate_of"] == ""
    assert sum(1 for r in table if r["duplicate_of"]) == 1


def test_bad_pages_are_error_rows_and_the_audit_goes_on(local_run, site):
    out, _ = local_run
    errors = {Path(e["url"]).name: e["reason"] for e in rows(out / "errors.jsonl")}
    assert set(errors) == {"image.txt", "empty.txt", "nuls.txt", "no_text.html"}
    assert "PNG" in errors["image.txt"] and "empty" in errors["empty.txt"]
    assert "binary" in errors["nuls.txt"] and "no readable text" in errors["no_text.html"]
    assert all("\n" not in reason for reason in errors.values())


def test_manifest_describes_the_run(local_run, site, kb):
    out, counts = local_run
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["tool"]["version"] and manifest["facts"]["sha256"] == kb.info.sha256
    assert manifest["config"]["engine"] == "local" and manifest["config"]["workers"] == 2
    assert manifest["config"]["exclude"] == ["*.log"]
    assert manifest["counts"] == counts
    assert [i["path"] for i in manifest["inputs"]] == sorted(i["path"] for i in manifest["inputs"])
    assert not any(i["path"].endswith((".log", "secret.txt")) for i in manifest["inputs"])
    session = manifest["timings"]["sessions"][-1]
    assert manifest["timings"]["seconds"] > 0 and session["complete"] is True and session["workers"] == 2


def test_include_globs_pick_files_from_folders(site, tmp_path):
    out = tmp_path / "txt-only"
    counts = audit([site], out, include=("*.txt",), exclude=("*/copy_*", "nuls.txt"), workers=1)
    urls = {r["url"] for r in pages_csv(out)} | {e["url"] for e in rows(out / "errors.jsonl")}
    assert {Path(u).name for u in urls} == {"one.txt", "four.txt", "image.txt", "empty.txt"}
    assert counts["pages"] == 4


# --- JSONL and WARC ---------------------------------------------------------------------------------


def test_jsonl_records_of_html_and_text(tmp_path, verifier):
    path = write_jsonl(
        tmp_path / "crawl.jsonl",
        [
            {"url": "https://example.org/a", "text": text_page(5)},
            {"url": "https://example.org/b", "html": html_page(6)},
            {"url": "https://example.org/a-again", "text": text_page(5) + "\n\n"},
            {"url": "https://example.org/nothing"},
            ["not", "an", "object"],
        ],
        extra_lines=["{broken json"],
    )
    out = tmp_path / "out"
    counts = audit([path], out, workers=1)
    table = {r["url"]: r for r in pages_csv(out)}
    assert set(table) == {"https://example.org/a", "https://example.org/a-again", "https://example.org/b"}
    assert table["https://example.org/a-again"]["duplicate_of"] == "https://example.org/a"
    findings = rows(out / "findings.jsonl")
    mine = [
        {k: v for k, v in r.items() if k not in ("url", "input")}
        for r in findings
        if r["url"] == "https://example.org/a"
    ]
    assert mine == _expected(verifier, text_page(5))
    assert {r["input"] for r in findings if r["url"] == "https://example.org/b"} == {f"{path}:2"}
    errors = rows(out / "errors.jsonl")
    assert [e["input"] for e in errors] == [f"{path}:5", f"{path}:6", f"{path}:4"]  # sorted by URL
    reasons = " | ".join(e["reason"] for e in errors)
    assert "not a JSON record" in reasons and 'no "html" or "text"' in reasons and "not a JSON object" in reasons
    assert counts["pages"] == 6


def test_warc_responses_with_html_bodies(tmp_path):
    warc = write_warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://health.example/sleep", "text/html; charset=utf-8", html_page(7).encode("utf-8")),
            ("https://health.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
            ("https://health.example/notes.txt", "text/plain", text_page(8).encode("utf-8")),
            (
                "https://health.example/latin",
                "text/html; charset=windows-1252",
                html_page(2).replace("Health notes", "Caf\u00e9 notes").encode("cp1252"),
            ),
        ],
    )
    out = tmp_path / "out"
    counts = audit([warc], out, workers=1)
    table = {r["url"]: r for r in pages_csv(out)}
    assert set(table) == {
        "https://health.example/sleep",
        "https://health.example/notes.txt",
        "https://health.example/latin",
    }
    assert all(int(r["claims"]) > 0 for r in table.values())
    assert all(re.fullmatch(rf"{re.escape(str(warc))}#\d+", r["input"]) for r in table.values())
    assert counts["errors"] == 0 and counts["pages"] == 3
    detail = (out / table["https://health.example/latin"]["detail"]).read_text(encoding="utf-8")
    assert "Caf\u00e9 notes" in detail


def test_plain_warc_and_gz_page(tmp_path):
    warc = write_warc(
        tmp_path / "crawl.warc", [("https://x.example/p", "text/html", html_page(1).encode())], gzip_records=False
    )
    import gzip

    page = tmp_path / "page.txt.gz"
    page.write_bytes(gzip.compress(text_page(3).encode("utf-8")))
    out = tmp_path / "out"
    audit([warc, page], out, workers=1)
    assert {r["url"] for r in pages_csv(out)} == {"https://x.example/p", str(page)}


# --- decompression bombs ----------------------------------------------------------------------------


def test_decompression_bombs_are_refused_and_the_audit_goes_on(tmp_path):
    big = 64 * MB
    warc = write_warc(
        tmp_path / "bomb.warc.gz",
        [
            ("https://bomb.example/big", "text/html", b"<html><body>" + b" " * big + b"</body></html>"),
            ("https://bomb.example/ok", "text/html", html_page(4).encode("utf-8")),
        ],
    )
    assert warc.stat().st_size < 1 * MB
    gz = gzip_bomb(tmp_path / "bomb.html.gz", big)
    good = tmp_path / "good.txt"
    good.write_text(text_page(2), encoding="utf-8")
    out = tmp_path / "out"
    audit([warc, gz, good], out, workers=1)
    errors = {e["url"]: e["reason"] for e in rows(out / "errors.jsonl")}
    assert "decompression bomb" in errors["https://bomb.example/big"]
    assert "decompression bomb" in errors[str(gz)]
    assert {r["url"] for r in pages_csv(out)} == {"https://bomb.example/ok", str(good)}


def test_total_decompressed_bytes_of_an_input_are_capped(tmp_path):
    pages = [
        (f"https://cap.example/{i}", "text/html", html_page(i).encode() + b"<!--" + b" " * 400_000 + b"-->")
        for i in range(4)
    ]
    warc = write_warc(tmp_path / "many.warc.gz", pages)
    jsonl = tmp_path / "many.jsonl.gz"
    import gzip

    jsonl.write_bytes(
        gzip.compress(
            "".join(
                json.dumps({"url": f"u{i}", "text": text_page(i) + " " * 400_000}) + "\n" for i in range(4)
            ).encode()
        )
    )
    good = tmp_path / "good.txt"
    good.write_text(text_page(3), encoding="utf-8")
    out = tmp_path / "out"
    audit([warc, jsonl, good], out, workers=1, limits=Limits(page_bytes=1 * MB, input_bytes=1 * MB))
    errors = rows(out / "errors.jsonl")
    refused = [e for e in errors if "in all" in e["reason"]]
    assert {e["input"] for e in refused} == {str(warc), str(jsonl)}
    urls = {r["url"] for r in pages_csv(out)}
    assert str(good) in urls and 1 <= len([u for u in urls if "cap.example" in u]) <= 2
    assert 1 <= len([u for u in urls if u.startswith("u")]) <= 2


def test_an_over_long_page_is_an_error_row(tmp_path):
    site = tmp_path / "s"
    site.mkdir()
    (site / "long.txt").write_text(text_page(1) + "x" * 5000, encoding="utf-8")
    (site / "short.txt").write_text(text_page(2), encoding="utf-8")
    out = tmp_path / "out"
    audit([site], out, workers=1, limits=Limits(page_bytes=2000))
    assert [Path(e["url"]).name for e in rows(out / "errors.jsonl")] == ["long.txt"]
    assert "larger than" in rows(out / "errors.jsonl")[0]["reason"]


# --- hostile URLs -----------------------------------------------------------------------------------

HOSTILE_URLS = [
    "../../../../tmp/evil",
    "/etc/passwd",
    "https://x.example/../../../escape",
    "..\\..\\win.ini",
    "..",
    ".",
    "",
    '=HYPERLINK("https://evil.example","x")',
    "+1-2",
    "@SUM(A1)",
    "https://x.example/<script>alert(1)</script>",
    "pages/../../index.html",
    "\u2028\x00nul",
]


def test_urls_cannot_escape_the_output_folder(tmp_path):
    path = write_jsonl(
        tmp_path / "hostile.jsonl", [{"url": u, "text": text_page(i)} for i, u in enumerate(HOSTILE_URLS)]
    )
    out = tmp_path / "out"
    before = set(tmp_path.rglob("*"))
    audit([path], out, workers=1)
    created = set(tmp_path.rglob("*")) - before
    assert all(p == out or out in p.parents for p in created), sorted(created)
    details = sorted(p.name for p in (out / "pages").iterdir())
    assert len(details) == len(HOSTILE_URLS)
    assert all(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*\.html", n) for n in details), details
    table = pages_csv(out)
    assert sorted(r["detail"] for r in table) == sorted(f"pages/{n}" for n in details)
    for row in table:
        assert row["detail"] == "pages/" + detail_name(row["url"].removeprefix("'"), row["input"])
    # spreadsheet formulas are neutralised in pages.csv
    raw = (out / "pages.csv").read_text(encoding="utf-8")
    for bad in ("=HYPERLINK", "+1-2", "@SUM"):
        assert f"'{bad}" in raw
        assert not re.search(rf"(^|,){re.escape(bad)}", raw, re.M)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in index and "&lt;script&gt;alert(1)&lt;/script&gt;" in index
    assert index.count("<script>") == 1


# --- engines ----------------------------------------------------------------------------------------


def test_dask_local_cluster_gives_the_same_outputs_as_the_local_engine(local_run, site, tmp_path):
    pytest.importorskip("distributed")
    out, counts = local_run
    dask_out = tmp_path / "site"  # the same folder name: the index's title is the folder's name
    dask_counts = audit([site], dask_out, exclude=("*.log",), engine="dask", workers=2)
    assert dask_counts == counts
    assert outputs(dask_out) == outputs(out)
    manifest = json.loads((dask_out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["config"]["engine"] == "dask"


def test_an_existing_dask_cluster_by_its_scheduler_address(local_run, site, tmp_path):
    distributed = pytest.importorskip("distributed")
    out, counts = local_run
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=50
    ) as cluster:
        address = cluster.scheduler_address
        assert address.startswith("tcp://")
        there = tmp_path / "site"
        result = CliRunner().invoke(
            main,
            [
                "audit",
                str(site),
                "--out",
                str(there),
                "--exclude",
                "*.log",
                "--scheduler",
                address,
                "--progress",
                "none",
            ],
        )
    assert result.exit_code == 0, result.output
    assert outputs(there) == outputs(out)
    manifest = json.loads((there / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["config"]["scheduler"] == address and manifest["counts"] == counts


def test_an_unreachable_scheduler_is_one_line_and_exit_2(site, tmp_path):
    pytest.importorskip("distributed")
    result = CliRunner().invoke(
        main,
        ["audit", str(site), "--out", str(tmp_path / "o"), "--scheduler", "tcp://127.0.0.1:9", "--progress", "none"],
    )
    assert result.exit_code == 2 and "cannot connect to tcp://127.0.0.1:9" in result.output
    assert "Traceback" not in result.output


def test_one_worker_gives_the_same_outputs(local_run, site, tmp_path):
    out, _ = local_run
    one = tmp_path / "site"
    audit([site], one, exclude=("*.log",), workers=1, batch=1)
    assert outputs(one) == outputs(out)


# --- interruptions ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """Enough pages that an audit with one worker and one page per task takes a few seconds."""
    root = tmp_path_factory.mktemp("many")
    site = root / "pages"
    site.mkdir()
    for n in range(40):
        (site / f"p{n:02d}.txt").write_text(text_page(n) + " ".join(text_page(n + k) for k in (3, 7)), encoding="utf-8")
    (site / "p99.txt").write_text(text_page(0) + " ".join(text_page(k) for k in (3, 7)), encoding="utf-8")  # dup
    reference = root / "ref" / "audit"
    audit([site], reference, workers=1, batch=1)
    return site, reference


def _start(site: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [*VERIFY, "audit", str(site), "--out", str(out), "--workers", "1", "--batch", "1", "--progress", "log", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _wait_for_pages(out: Path, n: int, proc: subprocess.Popen, timeout: float = 120) -> int:
    journal = out / "journal.jsonl"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if journal.exists():
            done = sum(1 for _, r in read_journal(journal) if r.get("t") in ("page", "error"))
            if done >= n:
                return done
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    raise AssertionError("the audit made no progress")


def test_sigkill_then_resume_gives_the_same_outputs(many, tmp_path):
    site, reference = many
    out = tmp_path / "audit"
    proc = _start(site, out)
    _wait_for_pages(out, 5, proc)
    os.killpg(proc.pid, signal.SIGKILL)  # the audit and its worker, without warning
    proc.wait()
    done = sum(1 for _, r in read_journal(out / "journal.jsonl") if r.get("t") in ("page", "error"))
    assert not (out / "index.html").exists()
    with open(out / "journal.jsonl", "a", encoding="utf-8") as fh:
        fh.write('{"t":"page","source":"torn')  # a record cut short by the kill
    again = subprocess.run(
        [*VERIFY, "audit", str(site), "--out", str(out), "--workers", "1", "--resume", "--progress", "none"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert again.returncode == 0, again.stderr
    assert outputs(out) == outputs(reference)
    sessions = [r for _, r in read_journal(out / "journal.jsonl") if r.get("t") == "session"]
    assert len(sessions) == 1 and sessions[0]["complete"]  # the killed session wrote none
    assert sessions[0]["pages"] == 41 - done  # the pages done before the kill were not checked again
    sources = [r["source"] for _, r in read_journal(out / "journal.jsonl") if r.get("t") in ("page", "error")]
    assert len(sources) == len(set(sources)) == 41


def test_sigint_exits_130_and_keeps_what_was_done(many, tmp_path):
    site, reference = many
    out = tmp_path / "audit"
    proc = _start(site, out)
    _wait_for_pages(out, 3, proc)
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches the whole process group
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    last = stderr.strip().splitlines()[-1]
    assert "interrupted" in last and "--resume" in last and "Traceback" not in stderr
    journal = list(read_journal(out / "journal.jsonl"))
    assert journal[-1][1]["t"] == "session" and journal[-1][1]["complete"] is False
    again = subprocess.run(
        [*VERIFY, "audit", str(site), "--out", str(out), "--workers", "1", "--resume", "--progress", "none"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert again.returncode == 0, again.stderr
    assert outputs(out) == outputs(reference)


def test_log_lines_when_not_on_a_terminal(many, tmp_path):
    site, _ = many
    proc = _start(site, tmp_path / "audit")
    _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr
    lines = [line for line in stderr.splitlines() if line.startswith("verify audit:")]
    assert lines and "pages/s" in lines[-1] and "ETA" in lines[-1] and "contradicted" in lines[-1]
    assert "\r" not in stderr


def test_progress_bar_on_a_terminal():
    import io

    from pipeline.audit import Progress

    class Tty(io.StringIO):
        def isatty(self):
            return True

    stream = Tty()
    progress = Progress(1000, "auto", 10, stream)
    progress.page(250, {"contradicted": 2, "unsupported": 1})
    progress.tick(force=True)
    progress.finish()
    text = stream.getvalue()
    assert text.startswith("\r") and "[#####" in text and "1 pages" in text and "25% of input" in text
    assert "pages/s" in text and "ETA" in text and "2 contradicted" in text and text.endswith("\n")


# --- the command line -------------------------------------------------------------------------------


def test_an_existing_audit_needs_resume_or_overwrite(local_run, site):
    out, _ = local_run
    result = CliRunner().invoke(main, ["audit", str(site), "--out", str(out)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "--resume" in result.output and "Traceback" not in result.output


def test_a_missing_input_is_one_line_and_exit_2(tmp_path):
    result = CliRunner().invoke(main, ["audit", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "nope: no such file" in result.output and result.output.count("\n") == 1


def test_resume_with_another_fact_table_is_refused(local_run, site, tmp_path):
    out, _ = local_run
    table = tmp_path / "reference_facts.csv"
    root = Path(__file__).resolve().parent.parent
    table.write_text((root / "reference_facts.csv").read_text(encoding="utf-8").rstrip("\n") + "\n", encoding="utf-8")
    (tmp_path / "reference_entities.csv").write_text(
        (root / "reference_entities.csv").read_text(encoding="utf-8"), encoding="utf-8"
    )
    lines = table.read_text(encoding="utf-8").splitlines()
    table.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")  # one row fewer
    result = CliRunner().invoke(main, ["audit", str(site), "--out", str(out), "--resume", "--facts", str(table)])
    assert result.exit_code == 2 and "another facts sha256" in result.output


def test_resume_with_other_inputs_is_refused(local_run, site):
    # Resuming means going on with the same audit; other inputs would mix two audits in one report.
    out, _ = local_run
    result = CliRunner().invoke(main, ["audit", str(site / "deep"), "--out", str(out), "--resume"])
    assert result.exit_code == 2 and "another inputs" in result.output


def test_fail_on_makes_an_audit_a_gate(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "myth.txt").write_text("Benzodiazepines raise the amount of GABA in the brain.\n", encoding="utf-8")
    args = ["audit", str(site), "--workers", "1", "--progress", "none"]
    assert CliRunner().invoke(main, args + ["--out", str(tmp_path / "a")]).exit_code == 0  # a report by default
    gate = CliRunner().invoke(main, args + ["--out", str(tmp_path / "b"), "--fail-on", "contradicted"])
    assert gate.exit_code == 1, gate.output


def test_audit_help_is_documented():
    result = CliRunner().invoke(main, ["audit", "--help"])
    assert result.exit_code == 0
    for option in ("--out", "--include", "--exclude", "--workers", "--engine", "--scheduler", "--resume"):
        assert option in result.output


def test_a_fifo_is_an_error_row_and_a_file_named_twice_is_audited_once(tmp_path):
    site = tmp_path / "s"
    site.mkdir()
    os.mkfifo(site / "pipe.txt")  # opening it would wait for a writer forever
    (site / "page.txt").write_text(text_page(3), encoding="utf-8")
    out = tmp_path / "out"
    counts = audit([site, site / "page.txt"], out, workers=1)
    assert [(Path(e["url"]).name, e["reason"]) for e in rows(out / "errors.jsonl")] == [
        ("pipe.txt", "not a regular file")
    ]
    assert [Path(r["url"]).name for r in pages_csv(out)] == ["page.txt"] and counts["pages"] == 2


def test_a_page_that_kills_its_worker_is_an_error_row_and_the_rest_is_checked(tmp_path, monkeypatch):
    from audit_corpus import CRASH_MARKER, crashing_prepare_batch

    import pipeline.audit.run

    site = tmp_path / "s"
    site.mkdir()
    for n in range(10):
        (site / f"p{n}.txt").write_text(text_page(n), encoding="utf-8")
    (site / "p4.txt").write_text(text_page(4) + CRASH_MARKER, encoding="utf-8")
    reference = tmp_path / "ref" / "out"
    audit([site], reference, exclude=("p4.txt",), workers=2, batch=3)
    monkeypatch.setattr(pipeline.audit.run, "prepare_batch", crashing_prepare_batch)
    out = tmp_path / "out"
    counts = audit([site], out, workers=2, batch=3)
    errors = rows(out / "errors.jsonl")
    assert [(Path(e["url"]).name, e["reason"]) for e in errors] == [
        ("p4.txt", "the worker checking this page died (BrokenProcessPool)")
    ]
    assert counts["pages_checked"] == 9
    assert (out / "findings.jsonl").read_bytes() == (reference / "findings.jsonl").read_bytes()
    assert (out / "pages.csv").read_bytes() == (reference / "pages.csv").read_bytes()


def test_a_foreign_journal_is_refused_and_a_torn_header_starts_again(site, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "journal.jsonl").write_text('["something", "else"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["audit", str(site / "one.txt"), "--out", str(out), "--resume"])
    assert result.exit_code == 2 and "not the journal of a verify audit" in result.output
    assert (out / "journal.jsonl").read_text(encoding="utf-8") == '["something", "else"]\n'
    (out / "journal.jsonl").write_text('{"t":"head', encoding="utf-8")  # killed while writing its first line
    result = CliRunner().invoke(
        main, ["audit", str(site / "one.txt"), "--out", str(out), "--resume", "--workers", "1", "--progress", "none"]
    )
    assert result.exit_code == 0, result.output
    assert len(pages_csv(out)) == 1


def test_index_lists_the_first_pages_to_fix_and_counts_the_rest(local_run, kb, tmp_path, monkeypatch):
    """The report keeps a row only for the pages index.html lists; what it shows of the others (how
    many, their risk bands, each myth's page count) must still count every page."""
    import html

    import pipeline.audit.index_page as audit_index
    import pipeline.audit.report as audit_report
    from pipeline.audit.index_page import risk_band

    src, _ = local_run
    out = tmp_path / "small"
    out.mkdir()
    (out / "journal.jsonl").write_bytes((src / "journal.jsonl").read_bytes())
    monkeypatch.setattr(audit_report, "INDEX_PAGES", 2)
    monkeypatch.setattr(audit_index, "PAGES_PER_MYTH", 1)
    audit_report.write_report(out, out / "journal.jsonl", AuditOptions(inputs=(str(src),), out=str(out)), [], kb.info)
    for name in ("findings.jsonl", "pages.csv", "errors.jsonl"):  # the limits change index.html only
        assert (out / name).read_bytes() == (src / name).read_bytes()
    table = pages_csv(out)
    assert len(table) > 2
    index = (out / "index.html").read_text(encoding="utf-8")
    ranked = index[index.index('<table id="ranked"') :]
    listed = [html.unescape(u) for u in re.findall(r'<tr data-url="([^"]*)"', ranked)]

    def share(r):
        checkworthy = int(r["contradicted"]) + int(r["unsupported"]) + int(r["supported"])
        return int(r["contradicted"]) / checkworthy if checkworthy else 0.0

    best = sorted(
        table, key=lambda r: (-int(r["contradicted"]), -share(r), -int(r["unsupported"]), r["url"], r["input"])
    )
    assert listed == [r["url"] for r in best[:2]]
    assert f"The first 2 of {len(table)} pages" in index
    bands = [0] * 11
    for r in table:
        bands[risk_band(float(r["risk"]))] += 1
    chart = re.search(r'<title id="chart-risk-t">Pages by risk score: ([^<]*)</title>', index).group(1)
    assert [int(part.rsplit(": ", 1)[1]) for part in chart.split(", ")] == bands
    findings = rows(out / "findings.jsonl")
    myth_ids = {fact.id for fact in kb.facts if fact.kind == "myth"}
    myths = {}
    for f in findings:
        if f["verdict"] == "contradicted" and f["fact_id"] in myth_ids:
            myths.setdefault(f["fact_id"], set()).add((f["url"], f["input"]))
    shown = dict(re.findall(r'<tr data-myth="([^"]*)">.*?<td class="num">(\d+)</td><td class="num">\d+</td>', index))
    assert shown and {k: int(v) for k, v in shown.items()} == {k: len(v) for k, v in myths.items() if k in shown}
    for myth, pages in myths.items():
        if myth in shown and len(pages) > 1:
            assert f"and {len(pages) - 1} more" in index
