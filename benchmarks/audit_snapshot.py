"""The audit's outputs on a fixed sample crawl, to show that a change keeps them byte for byte.

    python benchmarks/audit_snapshot.py write DEST FACTS.csv [--workers N]
    python benchmarks/audit_snapshot.py compare BEFORE AFTER

`write` builds a small crawl (a folder of text, Markdown and HTML pages with a duplicate and bad pages;
a JSONL file of text and HTML records with a bad line; a WARC.gz with HTML, plain-text, image and
request records, built with warcio), runs `verify audit` over it with the code on PYTHONPATH and the
fact table given (pinned, so that a table edit in between does not count), and copies every output
file to DEST. The crawl and the report are made at fixed paths under the temporary folder, so two runs
name the same inputs; only timing fields (the journal's session records, the manifest's timings) are
normalised. `compare` names every file that differs and exits 1 if any does.

Run it on the code before a change and after it:

    PYTHONPATH=/path/to/old/checkout python benchmarks/audit_snapshot.py write /tmp/before facts.csv
    PYTHONPATH=$PWD python benchmarks/audit_snapshot.py write /tmp/after facts.csv
    python benchmarks/audit_snapshot.py compare /tmp/before /tmp/after
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SENTENCES = [
    "Clonazepam belongs to the benzodiazepine class of medicines.",
    "Drinking alcohol while taking clonazepam is perfectly safe.",
    "Klonopin lowers the amount of serotonin that nerve cells release.",
    "Stopping a benzodiazepine suddenly after months of use can cause withdrawal seizures.",
    "Regular exercise reduces symptoms of anxiety.",
    "Adults need only four hours of sleep each night.",
    "Buspirone is a benzodiazepine.",
    "Melatonin is a hormone made by the pineal gland.",
    "Xanax has a longer half-life than Klonopin.",
    "Benzodiazepines raise the amount of GABA in the brain.",
]
ROOT = Path(tempfile.gettempdir()) / "verify-audit-snapshot"
TIMING_KEYS = ("started", "seconds", "setup_seconds", "pages_per_second")


def text_page(n: int) -> str:
    picked = [SENTENCES[(n * 3 + k) % len(SENTENCES)] for k in range(4)]
    return f"Reader question {n}\n\n" + " ".join(picked) + f"\n\nThis note was updated in week {n}.\n"


def html_page(n: int) -> str:
    body = "".join(f"<p>{SENTENCES[(n + k * 3) % len(SENTENCES)]}</p>" for k in range(3))
    return (
        f"<!DOCTYPE html><html><head><title>Notes {n}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Health notes {n}</h1>{body}<p>Written for issue {n} of our bulletin.</p></article>"
        "<footer>Copyright</footer></body></html>"
    )


def build_crawl(crawl: Path) -> list[str]:
    """The sample crawl; returns the inputs to audit (relative to `crawl`)."""
    site = crawl / "site"
    (site / "deep").mkdir(parents=True)
    for n in range(1, 7):
        (site / f"page{n}.txt").write_text(text_page(n), encoding="utf-8")
    (site / "notes.md").write_text("# Notes\n\n" + text_page(7), encoding="utf-8")
    (site / "deep" / "article.html").write_text(html_page(8), encoding="utf-8")
    (site / "deep" / "copy.txt").write_text(text_page(1).replace("\n\n", "  \n\n\n"), encoding="utf-8")
    (site / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (site / "empty.txt").write_bytes(b"  \n")
    records = [{"url": f"https://example.org/j/{n}", "text": text_page(10 + n)} for n in range(4)]
    records += [{"url": f"https://example.org/h/{n}", "html": html_page(20 + n)} for n in range(3)]
    records += [
        {"url": '=HYPERLINK("x")', "text": text_page(30)},
        {"url": "https://example.org/dup", "text": text_page(2)},
    ]
    lines = [json.dumps(r) for r in records] + ["{not json", '{"url": "https://example.org/none"}']
    (crawl / "pages.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    _warc(crawl / "crawl.warc.gz")
    return ["site", "pages.jsonl", "crawl.warc.gz"]


def _warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    responses = [
        (f"https://example.com/w/{n}", "text/html; charset=utf-8", html_page(40 + n).encode()) for n in range(4)
    ]
    responses += [
        ("https://example.com/plain", "text/plain", text_page(50).encode()),
        ("https://example.com/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        ("https://example.com/copy", "text/html", html_page(40).encode()),
    ]
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n, (url, content_type, body) in enumerate(responses):
            for kind in ("request", "response"):
                # fixed record ids and dates: the same bytes on every run
                fixed = {"WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{2 * n + (kind == 'response'):012d}>"}
                fixed["WARC-Date"] = "2026-01-01T00:00:00Z"
                if kind == "request":
                    payload, headers = io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"), None
                else:
                    payload = io.BytesIO(body)
                    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.0")
                record = writer.create_warc_record(
                    url, kind, payload=payload, http_headers=headers, warc_headers_dict=fixed
                )
                writer.write_record(record)


def normalise(name: str, data: bytes) -> bytes:
    """Timing fields only: the journal's session records and the manifest's timings."""
    if name == "journal.jsonl":
        lines = []
        for line in data.decode("utf-8").splitlines(keepends=True):
            record = json.loads(line)
            if record.get("t") == "session":
                record.update({k: "<timing>" for k in TIMING_KEYS if k in record})
                line = json.dumps(record, separators=(",", ":")) + "\n"
            lines.append(line)
        return "".join(lines).encode("utf-8")
    if name == "manifest.json":
        manifest = json.loads(data)
        timings = manifest.get("timings", {})
        timings.update({k: "<timing>" for k in TIMING_KEYS if k in timings})
        for session in timings.get("sessions", []):
            session.update({k: "<timing>" for k in TIMING_KEYS if k in session})
        return (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return data


def write(dest: Path, facts: Path, workers: int) -> int:
    if ROOT.exists():
        shutil.rmtree(ROOT)
    crawl, report = ROOT / "crawl", ROOT / "report"
    crawl.mkdir(parents=True)
    inputs = build_crawl(crawl)
    command = [sys.executable, "-c", "from pipeline.cli import main; main()", "audit", *inputs]
    command += ["--out", str(report), "--facts", str(facts.resolve()), "--workers", str(workers), "--progress", "none"]
    done = subprocess.run(command, cwd=crawl, capture_output=True, text=True)
    print(done.stdout.strip(), done.stderr.strip(), sep="\n")
    if done.returncode != 0:
        return done.returncode
    if dest.exists():
        shutil.rmtree(dest)
    for file in sorted(p for p in report.rglob("*") if p.is_file() and not p.name.startswith(".")):
        name = file.relative_to(report).as_posix()
        (dest / name).parent.mkdir(parents=True, exist_ok=True)
        (dest / name).write_bytes(normalise(name, file.read_bytes()))
    print(f"{dest}: {sum(1 for p in dest.rglob('*') if p.is_file())} files")
    return 0


def compare(before: Path, after: Path) -> int:
    names = {p.relative_to(d).as_posix() for d in (before, after) for p in d.rglob("*") if p.is_file()}
    differ = []
    for name in sorted(names):
        a, b = before / name, after / name
        if not a.exists() or not b.exists():
            differ.append(f"{name}: only in {'after' if b.exists() else 'before'}")
        elif a.read_bytes() != b.read_bytes():
            differ.append(f"{name}: differs")
    for line in differ:
        print(line)
    print(f"{len(names)} files compared, {len(differ)} differ" + ("" if differ else ": byte-identical"))
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write")
    w.add_argument("dest", type=Path)
    w.add_argument("facts", type=Path)
    w.add_argument("--workers", type=int, default=1)  # one worker: the journal in one order
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "write":
        return write(args.dest, args.facts, args.workers)
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
