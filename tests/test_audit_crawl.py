"""What auditors hit when they crawl for real (issue 17): orphaned workers, truncated and mixed WARCs,
bad options, duplicates, ranking, links; and the helpers the CLI and the audit share."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from audit_corpus import html_page, text_page, write_jsonl
from click.testing import CliRunner

import pipeline
from pipeline.audit import AuditOptions, run_audit
from pipeline.cli import main

ROOT = Path(pipeline.__file__).resolve().parents[1]  # the code under test (the subprocess runs it too)
DOCS = Path(__file__).resolve().parents[1] / "docs"


def audit(inputs, out, **options) -> dict:
    options.setdefault("workers", 1)
    options.setdefault("progress", "none")
    return run_audit(AuditOptions(inputs=tuple(str(i) for i in inputs), out=str(out), **options))


def pages_csv(out: Path) -> list[dict]:
    with open(out / "pages.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def warc(path: Path, responses: list[tuple[str, str, str, bytes]]) -> Path:
    """A WARC.gz of (url, HTTP status line, content type, body) responses."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, status, content_type, body in responses:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )
    return path


# --- 1. kill -9 of the audit ----------------------------------------------------------------------


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its parent (init here) has yet to reap it


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc")
def test_kill_9_of_the_audit_leaves_no_worker_behind(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    for n in range(300):
        (site / f"p{n:03d}.txt").write_text(text_page(n), encoding="utf-8")
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    command = [sys.executable, "-m", "pipeline.cli", "audit", str(site), "--out", str(out), "--workers", "2"]
    proc = subprocess.Popen([*command, "--progress", "none"], env=env, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 180
        journal = out / "journal.jsonl"
        while time.monotonic() < deadline and proc.poll() is None:
            if journal.exists() and b'"t":"page"' in journal.read_bytes():
                break
            time.sleep(0.2)
        assert proc.poll() is None, "the audit ended before it could be killed"
        workers = _descendants(proc.pid)
        assert len(workers) >= 2, workers  # the two workers (and the resource tracker)
        proc.kill()
        proc.wait()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(_alive(p) for p in workers):
            time.sleep(0.2)
        left = [p for p in workers if _alive(p)]
        assert left == [], f"processes left running after kill -9 of the audit: {left}"
    finally:
        if proc.poll() is None:
            proc.kill()
        for pid in _descendants(proc.pid) if proc.poll() is None else ():
            os.kill(pid, signal.SIGKILL)


# --- 2 and 3. WARC files as crawlers write them -----------------------------------------------------


def test_a_truncated_warc_gz_is_an_error_row_after_the_pages_before_the_break(tmp_path):
    whole = warc(
        tmp_path / "whole.warc.gz",
        [(f"https://example.org/{n}", "200 OK", "text/html", html_page(n).encode()) for n in range(3)],
    )
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 200])
    counts = audit([cut], tmp_path / "out")
    errors = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    assert [e["input"] for e in errors] == [str(cut)] and "truncated WARC file" in errors[0]["reason"]
    assert [r["url"] for r in pages_csv(tmp_path / "out")] == ["https://example.org/0", "https://example.org/1"]
    assert counts["errors"] == 1


def test_records_that_are_not_pages_are_counted_by_reason_and_non_2xx_pages_skipped(tmp_path):
    crawl = warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://example.org/ok", "200 OK", "text/html", html_page(1).encode()),
            ("https://example.org/gone", "404 Not Found", "text/html", html_page(2).encode()),
            ("https://example.org/moved", "301 Moved Permanently", "text/html", html_page(3).encode()),
            ("https://example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(40)),
            ("https://example.org/app.js", "200 OK", "application/javascript", b"var x = 1;"),
        ],
    )
    out = tmp_path / "out"
    counts = audit([crawl], out)
    assert [(r["url"], r["status"]) for r in pages_csv(out)] == [("https://example.org/ok", "200")]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["skipped"] == {
        "HTTP status 301": 1,
        "HTTP status 404": 1,
        "not HTML or text (application/javascript)": 1,
        "not HTML or text (image/png)": 1,
    }
    assert counts["skipped"] == 4 and manifest["counts"]["skipped"] == 4
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "<b>1</b> HTTP status 404" in index and "<b>1</b> not HTML or text (image/png)" in index
    # --include-status all: the 404 and 301 pages are audited, their status kept
    every = tmp_path / "every"
    audit([crawl], every, statuses="all")
    assert {r["url"]: r["status"] for r in pages_csv(every)} == {
        "https://example.org/ok": "200",
        "https://example.org/gone": "404",
        "https://example.org/moved": "301",
    }
    result = CliRunner().invoke(main, ["audit", "--help"])
    assert "--include-status" in result.output


# --- 4. bad options and audits that fail at start ----------------------------------------------------


@pytest.mark.parametrize(
    "args, message",
    [
        (["--scheduler", "notaurl"], "not a Dask scheduler address"),
        (["--engine", "local", "--scheduler", "tcp://127.0.0.1:8786"], "cannot be combined with --engine local"),
        (["--resume", "--overwrite"], "--resume and --overwrite contradict each other"),
    ],
)
def test_bad_or_conflicting_options_are_one_line_and_leave_nothing(tmp_path, args, message):
    site = tmp_path / "site"
    site.mkdir()
    (site / "a.txt").write_text(text_page(1), encoding="utf-8")
    out = tmp_path / "reports" / "out"
    result = CliRunner().invoke(main, ["audit", str(site), "--out", str(out), *args, "--progress", "none"])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("verify: error: [E005]") and message in lines[0], result.output
    assert "internal error" not in result.output and not out.exists()


def test_an_audit_that_fails_at_start_leaves_nothing_and_the_rerun_is_accepted(tmp_path):
    pytest.importorskip("distributed")
    site = tmp_path / "site"
    site.mkdir()
    (site / "a.txt").write_text(text_page(1), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["audit", str(site), "--out", str(out), "--scheduler", "tcp://127.0.0.1:9", "--progress", "none"]
    )
    assert result.exit_code == 2 and "[E006] cannot connect to tcp://127.0.0.1:9" in result.output
    assert not out.exists()  # no journal, no lock, no folder: the run never started
    out.mkdir()  # a folder the user made stays, empty
    result = CliRunner().invoke(
        main, ["audit", str(site), "--out", str(out), "--scheduler", "tcp://127.0.0.1:9", "--progress", "none"]
    )
    assert result.exit_code == 2 and out.is_dir() and list(out.iterdir()) == []
    result = CliRunner().invoke(main, ["audit", str(site), "--out", str(out), "--workers", "1", "--progress", "none"])
    assert result.exit_code == 0, result.output


# --- 5, 6 and 7. duplicates, ranking, links -----------------------------------------------------------


SUPPORTED = (
    "Clonazepam belongs to the benzodiazepine class of medicines. Regular exercise reduces symptoms of anxiety. "
    "Stopping a benzodiazepine suddenly after months of use can cause withdrawal seizures."
)
LONG = (  # 3 contradicted claims among 12 check-worthy ones: risk 21.4, below the short page's 33.3
    "Sleep and anxiety\n\nDrinking alcohol while taking clonazepam is perfectly safe. Klonopin lowers the "
    "amount of serotonin that nerve cells release. Xanax has a longer half-life than Klonopin."
    f"\n\n{SUPPORTED}\n\n{SUPPORTED}\n\n{SUPPORTED}\n"
)


@pytest.fixture(scope="module")
def ranked(tmp_path_factory):
    """An audit of: a one-claim page with one contradiction; a longer page with more contradictions and
    a lower risk score; two copies of one text, the one given first named 'zz'."""
    root = tmp_path_factory.mktemp("ranked")
    short = root / "short.txt"
    short.write_text("Buspirone is a benzodiazepine.\n", encoding="utf-8")
    pages = [
        {"url": "https://example.org/long", "text": LONG},
        {"url": "javascript:alert(1)", "text": text_page(3)},
    ]
    jsonl = write_jsonl(root / "pages.jsonl", pages)
    first, second = root / "zz_first.txt", root / "aa_second.txt"
    first.write_text(text_page(2), encoding="utf-8")
    second.write_text(text_page(2), encoding="utf-8")
    out = root / "out"
    audit([short, jsonl, first, second], out)
    return out, {r["url"]: r for r in pages_csv(out)}, (short, first, second)


def test_the_page_seen_first_is_the_original_of_its_duplicates(ranked):
    out, rows, (_, first, second) = ranked
    assert rows[str(first)]["duplicate_of"] == ""
    assert rows[str(second)]["duplicate_of"] == str(first)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f"same text as {first}" in index


def test_pages_are_ranked_by_contradictions_then_their_share(ranked):
    out, rows, (short, _, _) = ranked
    long_row, short_row = rows["https://example.org/long"], rows[str(short)]
    assert short_row["contradicted"] == "1" and int(long_row["contradicted"]) > 1
    assert float(short_row["risk"]) > float(long_row["risk"])  # the old order put the short page first
    index = (out / "index.html").read_text(encoding="utf-8")
    order = re.findall(r'<tr data-url="([^"]*)">', index.split('id="ranked"')[1])
    assert order.index("https://example.org/long") < order.index(str(short))
    counts = [(int(rows[u]["contradicted"]), _share(rows[u])) for u in (html_unescape(x) for x in order)]
    assert counts == sorted(counts, key=lambda c: (-c[0], -c[1]))
    assert "Ordered by what to fix first" in index and "Share contradicted" in index
    assert '<td class="num">100%</td>' in index  # the short page's share, beside its count


def _share(row: dict) -> float:
    checkworthy = int(row["contradicted"]) + int(row["unsupported"]) + int(row["supported"])
    return int(row["contradicted"]) / checkworthy if checkworthy else 0.0


def html_unescape(text: str) -> str:
    import html

    return html.unescape(text)


def test_detail_pages_link_the_pages_url_when_it_is_http(ranked):
    out, rows, (short, _, _) = ranked
    page = (out / rows["https://example.org/long"]["detail"]).read_text(encoding="utf-8")
    assert (
        '<h1><a class="ext" href="https://example.org/long" rel="noopener noreferrer" target="_blank">'
        "https://example.org/long</a></h1>" in page
    )
    for url in ("javascript:alert(1)", str(short)):
        page = (out / rows[url]["detail"]).read_text(encoding="utf-8")
        assert "<h1><a" not in page and 'href="javascript:' not in page


# --- the shared helpers ---------------------------------------------------------------------------------


def test_a_lone_carriage_return_in_a_url_does_not_split_its_pages_csv_row(tmp_path):
    jsonl = write_jsonl(tmp_path / "cr.jsonl", [{"url": "https://example.org/a\rb", "text": text_page(1)}])
    out = tmp_path / "out"
    audit([jsonl], out)
    data = (out / "pages.csv").read_bytes()
    assert b"\r" not in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert len(rows) == 2 and len(rows[1]) == len(rows[0]) and rows[1][0] == "https://example.org/a\nb"


def test_the_audit_and_the_cli_walk_folders_alike(tmp_path):
    from pipeline.audit.inputs import expand_inputs
    from pipeline.cli import expand_paths
    from pipeline.config import find_config

    site = tmp_path / "site"
    for folder in ("venv", "env", "vendor", "third_party", "node_modules", ".git", "docs"):
        (site / folder).mkdir(parents=True)
        (site / folder / "page.txt").write_text("x", encoding="utf-8")
    (site / "a.txt").write_text("x", encoding="utf-8")
    (site / ".hidden.txt").write_text("x", encoding="utf-8")
    config = find_config(tmp_path)
    walked = expand_inputs([str(site)])
    assert walked == expand_paths([str(site)], config) == [str(site / "a.txt"), str(site / "docs" / "page.txt")]


def test_error_codes_are_distinct_and_documented():
    import pipeline.errors as errors

    classes = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.VerifyError)]
    codes = [c.code for c in classes if c is not errors.VerifyError]
    assert len(codes) == len(set(codes)) and {"E005", "E006"} <= set(codes)
    doc = (DOCS / "robustness.md").read_text(encoding="utf-8")
    listed = doc.split("Error codes:", 1)[1].split("\n\n", 1)[0]
    assert [code for code in sorted(codes) if f"`{code}`" not in listed] == []
