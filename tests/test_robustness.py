"""Hostile input through the command line: every case is a correct report, or one line on stderr
naming the file and the reason with exit 2 — never a traceback, never a hang, never a lost report.

The cases are listed, with what verify does, in docs/robustness.md.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.read import MAX_BYTES

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (
    "Clonazepam is a benzodiazepine. It is used to treat panic disorder.\n"
    "Benzodiazepines raise the amount of GABA in the brain.\n"
)


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def run_json(runner, *args):
    result = runner.invoke(main, ["--format", "json", "--fail-on", "never", *map(str, args)])
    return result


def one_line_error(result, name: str, reason: str) -> None:
    """Exit 2, exactly one line on stderr naming the file and the reason, nothing on stdout."""
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert name in lines[0] and re.search(reason, lines[0]), lines[0]
    assert lines[0].startswith("verify: error: ")
    assert "Traceback" not in result.output and result.stdout == ""


def claim_texts(result) -> list[str]:
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    return [c["text"] for c in doc["articles"][0]["claims"]]


# --- articles that are not what they seem ------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"   \n\t\n\r\n  "], ids=["empty", "whitespace"])
def test_empty_and_blank_files_give_an_empty_report(runner, tmp_path, content):
    p = tmp_path / "blank.txt"
    p.write_bytes(content)
    result = run_json(runner, p)
    doc = json.loads(result.stdout)
    assert result.exit_code == 0 and doc["articles"][0]["claims"] == []
    assert doc["articles"][0]["summary"]["claims"] == 0


@pytest.mark.parametrize(
    "content,kind",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "a PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF document"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(56), "an executable"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "a JPEG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
    ],
    ids=["png", "pdf", "elf", "jpeg", "zip"],
)
def test_binary_files_are_named_by_their_signature(runner, tmp_path, content, kind):
    p = tmp_path / "article.txt"  # the suffix says text; the bytes say otherwise
    p.write_bytes(content)
    one_line_error(run_json(runner, p), str(p), re.escape(f"binary file ({kind}"))


def test_nul_bytes_in_text_are_refused_as_binary(runner, tmp_path):
    p = tmp_path / "nul.txt"
    p.write_bytes(b"Clonazepam is a benzodiazepine.\x00\x00\x01\x02 It treats panic disorder.\n" * 3)
    one_line_error(run_json(runner, p), str(p), r"binary file \(not text\)")


def test_invalid_utf8_falls_back_to_a_single_byte_encoding(runner, tmp_path):
    p = tmp_path / "latin.txt"
    # 0xe9 (é in cp1252/latin-1) is not valid UTF-8 on its own.
    p.write_bytes("Caf\xe9 note.\nClonazepam is a benzodiazepine.\n".encode("latin-1") + b"\x81\x8d trailing.\n")
    texts = claim_texts(run_json(runner, p))
    assert any("Clonazepam is a benzodiazepine" in t for t in texts)


@pytest.mark.parametrize(
    "encoding,bom",
    [
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
        ("utf-16-be", b""),
        ("cp1252", b""),
        ("utf-8", codecs.BOM_UTF8),
    ],
    ids=["utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "cp1252", "utf8-bom"],
)
def test_encodings_give_the_same_claims_as_utf8(runner, tmp_path, encoding, bom):
    text = "Clonazepam’s class — it is a benzodiazepine.\n" + ARTICLE
    plain = tmp_path / "plain.txt"
    plain.write_bytes(text.encode("utf-8"))
    other = tmp_path / "other.txt"
    other.write_bytes(bom + text.encode(encoding))
    expected = json.loads(run_json(runner, plain).stdout)["articles"][0]["claims"]
    got = json.loads(run_json(runner, other).stdout)["articles"][0]["claims"]
    assert got == expected and expected
    assert any("’" in c["text"] for c in got)


def _disguised(text: str, seed: int) -> str:
    """`text` with zero-width characters and soft hyphens inside words, and some words in fullwidth."""
    import random

    rng = random.Random(seed)
    out = []
    for word in text.split(" "):
        if rng.random() < 0.3:
            word = "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in word)
        if len(word) > 3 and rng.random() < 0.6:
            at = rng.randrange(1, len(word) - 1)
            word = word[:at] + rng.choice("\u200b\u200c\u200d\u2060\ufeff\u00ad") + word[at:]
        out.append(word)
    return " ".join(out)


@pytest.mark.parametrize("seed", range(3))
def test_zero_width_and_fullwidth_characters_are_read_through_and_spans_stay_on_the_text(runner, tmp_path, seed):
    plain = tmp_path / "plain.txt"
    plain.write_text(ARTICLE, encoding="utf-8")
    text = _disguised(ARTICLE, seed)
    odd = tmp_path / "odd.txt"
    odd.write_text(text, encoding="utf-8")
    expected = json.loads(run_json(runner, plain).stdout)["articles"][0]["claims"]
    got = json.loads(run_json(runner, odd).stdout)["articles"][0]["claims"]
    key = ("text", "verdict", "reason", "fact_id")
    assert [[c[k] for k in key] for c in got] == [[c[k] for k in key] for c in expected]
    assert any(c["verdict"] == "contradicted" for c in got) and any(c["verdict"] == "supported" for c in got)
    folded = str.maketrans({code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)})
    for mine, theirs in zip(got, expected):
        span = text[mine["start"] : mine["end"]]  # the span as written: hidden characters inside it
        seen = "".join(ch for ch in span if ch not in "\u200b\u200c\u200d\u2060\ufeff\u00ad").translate(folded)
        assert seen == ARTICLE[theirs["start"] : theirs["end"]]


def test_reference_marks_are_read_through_and_spans_stay_on_the_text(runner, tmp_path):
    """Pages copied from encyclopaedias carry marks like "[3]" after a word or a stop: read as if they
    were not there (the sentence still ends, the list still splits), spans still on the text as written."""
    import re

    text = "Clonazepam is a benzodiazepine used for panic disorder and seizures. Xanax raises GABA levels.\n"
    marked = text.replace("Clonazepam", "Clonazepam[12][13]").replace(". ", ".[3] ").replace("levels", "levels [4]")
    plain, odd = tmp_path / "plain.txt", tmp_path / "marked.txt"
    plain.write_text(text, encoding="utf-8")
    odd.write_text(marked, encoding="utf-8")
    expected = json.loads(run_json(runner, plain).stdout)["articles"][0]["claims"]
    got = json.loads(run_json(runner, odd).stdout)["articles"][0]["claims"]
    key = ("text", "verdict", "reason", "fact_id")
    assert [[c[k] for k in key] for c in got] == [[c[k] for k in key] for c in expected]
    spans = [marked[c["start"] : c["end"]] for c in got]
    assert any("[12][13]" in span for span in spans)  # a mark inside a claim's span, as written
    for span, mine in zip(spans, got):
        assert re.sub(r"\[\d+\]", "", span) in mine["text"]


def test_a_shift_jis_file_reads_as_its_utf8_copy(runner, tmp_path):
    text = "Ｘａｎａｘ is an SSRI (アルプラゾラム).\n" + ARTICLE
    plain, sjis = tmp_path / "plain.txt", tmp_path / "sjis.txt"
    plain.write_bytes(text.encode("utf-8"))
    sjis.write_bytes(text.encode("shift_jis"))
    expected = json.loads(run_json(runner, plain).stdout)["articles"][0]["claims"]
    got = json.loads(run_json(runner, sjis).stdout)["articles"][0]["claims"]
    assert got == expected and got[0]["verdict"] == "contradicted"
    assert text[got[0]["start"] : got[0]["end"]].startswith("Ｘａｎａｘ")


def test_mixed_line_endings_keep_offsets_and_line_numbers_right(runner, tmp_path):
    raw = (
        "Title line\r\n\r\nClonazepam is a benzodiazepine.\rIt is used to treat panic disorder.\n"
        "Intro.\r\nBenzodiazepines raise the amount of GABA in the brain.\r\n"
    )
    p = tmp_path / "mixed.txt"
    p.write_bytes(raw.encode())
    doc = json.loads(run_json(runner, p).stdout)
    normalised = p.read_text(encoding="utf-8")  # text mode: \r\n and \r become \n, as the docs say
    physical = re.split(r"\r\n|\r|\n", raw)
    claims = doc["articles"][0]["claims"]
    assert len(claims) >= 3
    for c in claims:  # a claim's text may lead with the antecedent of its pronoun: "[Clonazepam] It ..."
        assert normalised[c["start"] : c["end"]] == _span_text(c["text"])
    text_out = runner.invoke(main, ["--fail-on", "never", "--no-color", str(p)]).stdout
    shown = re.findall(r"^\s+(\d+):(\d+)\s+\w+\s+(.+)$", text_out, re.M)
    assert len(shown) >= 3
    for line, col, claim in shown:
        assert physical[int(line) - 1][int(col) - 1 :].startswith(_span_text(claim)[:20]), (line, col, claim)


def _span_text(claim: str) -> str:
    return re.sub(r"^\[[^\]]*\] ", "", claim)


def test_a_50_mb_file_is_refused_before_it_is_read_whole(runner, tmp_path):
    p = tmp_path / "huge.txt"
    chunk = ("Clonazepam is a benzodiazepine. " * 32768).encode()  # 1 MB
    with p.open("wb") as fh:
        for _ in range(50):
            fh.write(chunk)
    assert p.stat().st_size >= 50 * 1024 * 1024
    one_line_error(run_json(runner, p), str(p), f"larger than {MAX_BYTES // (1024 * 1024)} MB")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_device_is_read_no_further_than_the_limit(runner):
    one_line_error(run_json(runner, "/dev/zero"), "/dev/zero", "larger than")


def test_a_huge_or_binary_stdin_is_refused_too(runner):
    one_line_error(runner.invoke(main, ["-"], input=b"a" * (MAX_BYTES + 10)), "<stdin>", "larger than")
    one_line_error(runner.invoke(main, ["-"], input=b"%PDF-1.5\n"), "<stdin>", r"binary file \(a PDF")


def test_unreadable_file_is_one_line(runner, tmp_path, monkeypatch):
    p = tmp_path / "secret.txt"
    p.write_text(ARTICLE)
    p.chmod(0)
    try:
        if os.geteuid() == 0:  # root reads anything: make the open fail the way it would for a user
            real_open = Path.open

            def deny(self, *args, **kwargs):
                if self.name == "secret.txt":
                    raise PermissionError(13, "Permission denied", str(self))
                return real_open(self, *args, **kwargs)

            monkeypatch.setattr(Path, "open", deny)
        one_line_error(run_json(runner, p), str(p), "permission denied")
    finally:
        p.chmod(0o644)


def test_a_directory_is_walked_and_an_empty_one_is_an_error(runner, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    one_line_error(run_json(runner, site), str(site), "no files to check")
    (site / "page.txt").write_text(ARTICLE)
    doc = json.loads(run_json(runner, site).stdout)
    assert [a["path"] for a in doc["articles"]] == [str(site / "page.txt")]


def test_one_unreadable_file_in_a_folder_is_an_error_and_the_others_are_checked(runner, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "a.txt").write_text(ARTICLE)
    (site / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (site / "c.md").write_text("Sertraline is an SSRI.\n")
    out = tmp_path / "report.json"
    result = runner.invoke(main, ["--format", "json", "--fail-on", "never", "-o", str(out), str(site)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert lines == [f"verify: error: [E001] {site / 'b.txt'}: binary file (a PNG image), not text"]
    doc = json.loads(out.read_text())
    assert [a["path"] for a in doc["articles"]] == [str(site / "a.txt"), str(site / "c.md")]
    assert all(a["claims"] for a in doc["articles"])
    # the same on standard output, and a missing file named on the command line is the same kind of error
    result = runner.invoke(main, ["--format", "json", str(site / "a.txt"), str(tmp_path / "gone.txt")])
    assert result.exit_code == 2 and result.stderr.splitlines() == [
        f"verify: error: [E001] {tmp_path / 'gone.txt'}: no such file"
    ]
    assert [a["path"] for a in json.loads(result.stdout)["articles"]] == [str(site / "a.txt")]


def test_missing_path_and_dangling_symlink(runner, tmp_path):
    one_line_error(run_json(runner, tmp_path / "nope.txt"), "nope.txt", "no such file")
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    one_line_error(run_json(runner, link), "dangling.txt", "no such file")


def test_symlink_loop(runner, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    one_line_error(run_json(runner, a), str(a), "symbolic links")


@pytest.mark.parametrize(
    "content,reason",
    [
        (b"[tool.verify\nfail_on = 3\n", "Expected"),
        (b"[tool.verify]\nbogus = 1\n", "unknown key"),
        (b"\xff\xfe[tool.verify]", "codec can't decode"),
    ],
    ids=["broken_toml", "unknown_key", "not_utf8"],
)
def test_a_broken_configuration_file_is_one_line(runner, tmp_path, monkeypatch, content, reason):
    (tmp_path / "verify.toml").write_bytes(content)
    (tmp_path / "a.txt").write_text(ARTICLE)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["a.txt"])
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("verify: error: [E003] ") and "verify.toml" in lines[0]
    assert reason in lines[0]


def test_html_nested_too_deep_for_the_parser_is_one_line(runner, tmp_path):
    page = tmp_path / "deep.html"
    page.write_text(
        "<html><body>"
        + "<div>" * 100_000
        + "<p>Clonazepam is a benzodiazepine.</p>"
        + "</div>" * 100_000
        + "</body></html>"
    )
    result = run_json(runner, page)
    if result.exit_code == 2:
        one_line_error(result, str(page), "no readable text")
    else:  # a parser that copes reads the sentence
        assert any("Clonazepam" in t for t in claim_texts(result))


# --- reports: never half-written, never replaced by a failed run --------------------------------


@pytest.mark.parametrize("bad", ["binary", "missing", "table"])
def test_a_failed_run_leaves_an_existing_report_byte_identical(runner, tmp_path, bad):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    out = tmp_path / "report.json"
    assert runner.invoke(main, ["--format", "json", "--fail-on", "never", "-o", str(out), str(good)]).exit_code == 0
    before = out.read_bytes()
    args = ["--format", "json", "-o", str(out)]
    if bad == "binary":
        (tmp_path / "x.txt").write_bytes(b"%PDF-1.4\n")
        args.append(str(tmp_path / "x.txt"))
    elif bad == "missing":
        args.append(str(tmp_path / "absent.txt"))
    else:
        (tmp_path / "t").mkdir()
        (tmp_path / "t" / "reference_facts.csv").write_text("id;kind;subject\nF-0001;fact;x\n")
        args += ["--facts", str(tmp_path / "t" / "reference_facts.csv"), str(good)]
    result = runner.invoke(main, args)
    assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temp file left


def test_unwritable_output_directory_is_one_line(runner, tmp_path, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.geteuid() == 0:  # root writes anywhere: make creating the temporary file fail as for a user
            import tempfile

            real = tempfile.mkstemp

            def deny(*args, dir=None, **kwargs):
                if dir is not None and Path(dir) == locked:
                    raise PermissionError(13, "Permission denied")
                return real(*args, dir=dir, **kwargs)

            monkeypatch.setattr(tempfile, "mkstemp", deny)
        result = runner.invoke(main, ["--format", "json", "-o", str(locked / "r.json"), str(good)])
        assert result.exit_code == 2
        assert result.stderr.splitlines() == [
            f"verify: error: [E004] {locked / 'r.json'}: cannot write (Permission denied)"
        ]
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_output_that_is_a_directory_is_one_line(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    result = runner.invoke(main, ["--format", "json", "-o", str(tmp_path), str(good)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"verify: error: [E004] {tmp_path}: is a directory; give a file name"]


def test_interrupted_write_removes_its_temporary_file(runner, tmp_path, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    out = tmp_path / "r.json"
    out.write_text("previous report\n")

    def interrupt(*_):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupt)
    result = runner.invoke(main, ["--format", "json", "-o", str(out), str(good)])
    assert result.exit_code == 130 and result.stderr == "verify: interrupted\n"
    assert out.read_text() == "previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.txt", "r.json"]


# --- output a page's content cannot turn into code ---------------------------------------------

HOSTILE_ENTITIES = """id,type,label,aliases,parents
clonazepam,drug,clonazepam,clonazepam|klonopin,benzodiazepine
benzodiazepine,drug_class,benzodiazepine,benzodiazepine|benzodiazepines,
gaba,neurotransmitter,GABA,gaba,
"""


def hostile_table(tmp_path) -> Path:
    from test_kb import write_table

    folder = tmp_path / "hostile_table"
    folder.mkdir()
    rows = [
        {
            "id": "F-0001",
            "kind": "fact",
            "subject": "clonazepam",
            "relation": "is_a",
            "object": "benzodiazepine",
            "polarity": "affirmed",
            "statement": "Clonazepam is a benzodiazepine.<script>alert('fact')</script>",
            "source": '=HYPERLINK("http://evil.example")<img src=x onerror=alert(3)>',
            "source_type": "label",
            "source_url": "javascript:alert(4)",
            "reviewed": "2026-11-01",
        },
        {
            "id": "M-0001",
            "kind": "myth",
            "subject": "benzodiazepine",
            "relation": "increases",
            "object": "gaba",
            "aspect": "amount",
            "polarity": "affirmed",
            "statement": "Benzodiazepines raise GABA levels.",
            "correction": '=HYPERLINK("http://evil.example") They enhance GABA\'s effect.'
            "</script><svg onload=alert(5)>",
            "source": "@SUM(1+1)",
            "source_type": "label",
            "reviewed": "2026-11-01",
        },
    ]
    return write_table(folder, rows, entities=HOSTILE_ENTITIES)


class _Tags:
    """Every start tag, its attributes, and the text inside <script> elements."""

    def __init__(self, page: str):
        from html.parser import HTMLParser

        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        outer = self

        class P(HTMLParser):
            in_script = False

            def handle_starttag(self, tag, attrs):
                outer.tags.append((tag, dict(attrs)))
                if tag == "script":
                    self.in_script = True
                    outer.scripts.append("")

            def handle_endtag(self, tag):
                if tag == "script":
                    self.in_script = False

            def handle_data(self, data):
                if self.in_script:
                    outer.scripts[-1] += data

        p = P(convert_charrefs=True)
        p.feed(page)
        p.close()


def test_html_escapes_hostile_article_and_fact_text(runner, tmp_path):
    table = hostile_table(tmp_path)
    art = tmp_path / "a.txt"
    art.write_text(
        "<img src=x onerror=alert(1)> heading\n\nClonazepam is a benzodiazepine.\n"
        "Benzodiazepines raise the amount of GABA in the brain. <script>alert(2)</script>\n"
    )
    out = tmp_path / "r.html"
    result = runner.invoke(
        main, ["--facts", str(table), "--format", "html", "--fail-on", "never", "-o", str(out), str(art)]
    )
    assert result.exit_code == 0, result.output
    page = out.read_text()
    tags = _Tags(page)
    names = [t for t, _ in tags.tags]
    assert names.count("script") == 1 and "img" not in names and "svg" not in names
    assert not [a for _, a in tags.tags if any(k.startswith("on") for k in a)]
    assert not [a for _, a in tags.tags if (a.get("href") or "").lower().lstrip().startswith("javascript")]
    assert "alert" not in tags.scripts[0]
    # The hostile text is shown, as text: the fact's statement, source and the myth's correction.
    assert "&lt;script&gt;alert(&#x27;fact&#x27;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(3)&gt;" in page
    assert "&lt;/script&gt;&lt;svg onload=alert(5)&gt;" in page


def test_csv_neutralises_formulas_from_article_and_fact_text(runner, tmp_path):
    import csv
    import io

    table = hostile_table(tmp_path)
    art = tmp_path / "a.txt"
    art.write_text(
        "=cmd|' /C calc'!A0\n\n+Clonazepam is a benzodiazepine.\n"
        "\tBenzodiazepines raise the amount of GABA in the brain.\n"
        "-Benzodiazepines raise the amount of GABA in the brain.\n"
    )
    result = runner.invoke(main, ["--facts", str(table), "--format", "csv", "--fail-on", "never", "--all", str(art)])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    cells = [c for row in rows[1:] for c in row]
    assert rows[1:] and not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert any(c.startswith("'=HYPERLINK") for c in cells) and "'@SUM(1+1)" in cells  # fact text
    assert "'=cmd|' /C calc'!A0" in cells and "'+Clonazepam is a benzodiazepine" in cells  # article text


# --- no network, and Ctrl-C ----------------------------------------------------------------------

NO_NETWORK = textwrap.dedent("""
    import socket, sys
    def refuse(*args, **kwargs):
        sys.stderr.write("NETWORK ATTEMPT %r\\n" % (args[:2],))
        raise OSError("network is blocked in this test")
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    from pipeline.cli import main
    main(sys.argv[1:])
""")


def test_the_full_pipeline_runs_with_the_network_blocked(tmp_path):
    txt = tmp_path / "a.txt"
    txt.write_text(ARTICLE)
    page = tmp_path / "p.html"
    page.write_text(
        "<html><body><article><p>Clonazepam is a benzodiazepine used for panic disorder.</p></article></body></html>"
    )
    out = tmp_path / "r.json"
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            NO_NETWORK,
            "--format",
            "json",
            "--fail-on",
            "never",
            "-o",
            str(out),
            str(txt),
            str(page),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert "NETWORK ATTEMPT" not in proc.stderr
    doc = json.loads(out.read_text())
    assert [len(a["claims"]) > 0 for a in doc["articles"]] == [True, True]


def _model_loading(pid: int) -> bool:
    """True once the process has mapped spaCy's compiled modules (it is loading the model)."""
    try:
        return "spacy" in Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return False


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("delay", [0.5, 3.0], ids=["loading_the_model", "checking_the_article"])
def test_sigint_exits_130_with_one_line_and_keeps_the_report(tmp_path, delay):
    article = tmp_path / "long.txt"
    article.write_text(ARTICLE * 2000)  # many seconds of work: the signal lands mid-run
    out = tmp_path / "out.json"
    out.write_text('{"previous": true}\n')
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "--format", "json", "-o", str(out), str(article)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None and not _model_loading(proc.pid):
        time.sleep(0.05)
    time.sleep(delay)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert stderr == "verify: interrupted\n" and stdout == ""
    assert out.read_text() == '{"previous": true}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["long.txt", "out.json"]


def test_every_test_named_in_the_robustness_doc_exists():
    """docs/robustness.md names a test for each case; each must exist (parametrised ids too)."""
    import ast

    from test_tables_hostile import CASES

    doc = (ROOT / "docs" / "robustness.md").read_text(encoding="utf-8")
    named = re.findall(r"`(tests/\w+\.py)::(\w+)(?:\[(\w+)\])?`", doc)
    assert len(named) >= 30
    for path, name, param in named:
        tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
        assert name in {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}, f"{path}::{name}"
        assert not param or param in CASES, f"{path}::{name}[{param}]"
    for param in re.findall(r"`\.\.\.\[(\w+)\]`", doc):
        assert param in CASES, param


def test_a_space_before_a_clause_ending_stop_is_read_through_and_spans_stay_on_the_text(runner, tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text(ARTICLE, encoding="utf-8")
    spaced_text = re.sub(r"(?<=\w)([.,;:!?])(?=\s|$)", r" \1", ARTICLE)
    assert spaced_text != ARTICLE
    spaced = tmp_path / "spaced.txt"
    spaced.write_text(spaced_text, encoding="utf-8")
    expected = json.loads(run_json(runner, plain).stdout)["articles"][0]["claims"]
    got = json.loads(run_json(runner, spaced).stdout)["articles"][0]["claims"]
    assert [c["verdict"] for c in got] == [c["verdict"] for c in expected]
    for mine, theirs in zip(got, expected):
        span = spaced_text[mine["start"] : mine["end"]]
        assert re.sub(r" (?=[.,;:!?])", "", span) == ARTICLE[theirs["start"] : theirs["end"]]


def test_curly_double_quotes_are_read_as_straight_ones_and_spans_stay_on_the_text(runner, tmp_path):
    text = "Doctors say there is “good evidence” that benzodiazepines raise the amount of GABA.\n"
    p = tmp_path / "curly.txt"
    p.write_text(text, encoding="utf-8")
    claims = json.loads(run_json(runner, p).stdout)["articles"][0]["claims"]
    red = [c for c in claims if c["verdict"] == "contradicted"]
    assert red, claims  # the clause after the quoted words keeps its subject
    assert text[red[0]["start"] : red[0]["end"]] == red[0]["text"]
