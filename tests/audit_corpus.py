"""Small pages written for the audit tests (not seed text): plain text, Markdown, HTML, bad pages."""

from __future__ import annotations

import gzip
import io
import json
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
]


def text_page(n: int) -> str:
    """A page of a few sentences, different for each n (so that no two are duplicates)."""
    picked = [SENTENCES[(n + k) % len(SENTENCES)] for k in range(3)]
    return f"Reader question {n}\n\n" + " ".join(picked) + f"\n\nThis note was updated in week {n}.\n"


def html_page(n: int, title: str = "Health notes") -> str:
    body = "".join(f"<p>{s}</p>" for s in (SENTENCES[n % len(SENTENCES)], SENTENCES[(n + 4) % len(SENTENCES)]))
    return (
        f"<!DOCTYPE html><html><head><title>{title} {n}</title></head><body><nav><a href='/'>Home</a>"
        f"</nav><article><h1>{title} {n}</h1>{body}<p>Written for issue {n} of our bulletin.</p></article>"
        "<footer>Copyright</footer></body></html>"
    )


def write_site(root: Path) -> Path:
    """A folder of good and bad pages; returns it."""
    site = root / "site"
    (site / "deep" / "er").mkdir(parents=True)
    (site / ".hidden").mkdir()
    (site / "one.txt").write_text(text_page(1), encoding="utf-8")
    (site / "two.md").write_text("# Markdown page\n\n" + text_page(2), encoding="utf-8")
    (site / "three.html").write_text(html_page(3), encoding="utf-8")
    (site / "deep" / "er" / "four.txt").write_text(text_page(4), encoding="utf-8")
    # the same text as one.txt, with trailing spaces and extra blank lines: one text, two URLs
    (site / "deep" / "copy_of_one.txt").write_text(text_page(1).replace("\n\n", "  \n\n\n\n"), encoding="utf-8")
    (site / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (site / "empty.txt").write_bytes(b"   \n\n")
    (site / "nuls.txt").write_bytes(b"abc\x00\xff\xfe\x00\x01" * 50)
    (site / "no_text.html").write_text(
        "<!DOCTYPE html><html><body><script>var x = 1;</script></body></html>", encoding="utf-8"
    )
    (site / "notes.log").write_text(text_page(9), encoding="utf-8")  # left out by --exclude '*.log'
    (site / ".hidden" / "secret.txt").write_text(text_page(10), encoding="utf-8")  # hidden: never walked
    return site


def write_jsonl(path: Path, records: list, *, extra_lines: list[str] = ()) -> Path:
    lines = [json.dumps(r) for r in records] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_warc(path: Path, pages: list[tuple[str, str, bytes]], *, gzip_records: bool = True) -> Path:
    """A WARC file of (url, content type, body) responses, each with a request record before it."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip_records)
        for url, content_type, body in pages:
            request = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(request)
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.0")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )
    return path


def gzip_bomb(path: Path, size: int) -> Path:
    """A gzip file of `size` bytes of spaces (a few kB on disk)."""
    chunk = b" " * (1 << 20)
    with gzip.open(path, "wb", compresslevel=9) as fh:
        for _ in range(size // len(chunk)):
            fh.write(chunk)
    return path


CRASH_MARKER = "KILL-THIS-WORKER"


def crashing_prepare_batch(pages, page_bytes):
    """pipeline.audit.work.prepare_batch, except that a page carrying CRASH_MARKER kills its worker
    process outright, as a segfault in a parser or the kernel's out-of-memory killer would."""
    import os

    from pipeline.audit.work import prepare_batch

    for page in pages:
        data = page.data if isinstance(page.data, bytes) else page.data.encode("utf-8")
        if CRASH_MARKER.encode() in data:
            os._exit(3)
    return prepare_batch(pages, page_bytes)
