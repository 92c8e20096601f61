"""The pages of a batch audit, read one at a time from files, folders, JSONL and WARC files.

`iter_pages(inputs, limits)` yields `RawPage`s (bytes or text, not yet decoded or extracted) and
`PageError`s (a page that cannot be read: the audit records it and goes on). Pages are streamed,
never all held in memory; each carries the input bytes it accounts for, so progress and ETA can be
measured in bytes of input.

Compressed input (.gz, .warc.gz) is guarded against decompression bombs: a page (a WARC record, a
gzip file, a JSONL line) may not decompress to more than `Limits.page_bytes`, and one input file may
not decompress to more than `Limits.input_bytes` in all; past that the input is refused with an error
row and the audit goes on with the next one.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import stat
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from ..files import walk_files
from ..read import HTML_SUFFIXES, MAX_BYTES

MB = 1024 * 1024
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Limits:
    page_bytes: int = MAX_BYTES  # one page, decompressed
    input_bytes: int = 4096 * MB  # one compressed input file, decompressed in all


@dataclass(frozen=True)
class RawPage:
    """One page as found: `data` is bytes (to be decoded) or str (JSONL "text"/"html" fields)."""

    source: str  # where it came from, stable across runs: path, path:line, path#record
    url: str
    data: bytes | str
    kind: str  # "html", "markdown", "text" or "auto" (decided from the content)
    weight: int = 0  # input bytes this page accounts for (progress)


@dataclass(frozen=True)
class PageError:
    source: str
    url: str
    reason: str
    weight: int = 0


@dataclass(frozen=True)
class Credit:
    """Input bytes read that belong to no page (WARC requests, metadata, blank lines): progress only."""

    weight: int


def kind_of_name(name: str) -> str:
    lower = name.lower()
    if lower.endswith(HTML_SUFFIXES):
        return "html"
    if lower.endswith((".md", ".markdown")):
        return "markdown"
    return "auto"


def container_of(name: str) -> str:
    """How a file is read: as a WARC, a JSONL of pages, a gzip of one page, or one page."""
    lower = name.lower()
    if lower.endswith((".warc", ".warc.gz")):
        return "warc"
    if lower.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")):
        return "jsonl"
    if lower.endswith(".gz"):
        return "gz"
    return "file"


def expand_inputs(inputs, include=("*",), exclude=()) -> list[str]:
    """Files as given; folders walked recursively (`files.walk_files`: hidden and vendored folders and
    hidden files skipped) for files whose name or path below the folder matches an include glob and no
    exclude glob. Sorted, deterministic."""
    out: list[str] = []
    for arg in inputs:
        path = Path(arg)
        if not path.is_dir():
            if not _matches(path.name, path.as_posix(), exclude):
                out.append(str(arg))
            continue
        found = [
            file
            for file in walk_files(path)
            if _matches(file.name, file.relative_to(path).as_posix(), include)
            and not _matches(file.name, file.relative_to(path).as_posix(), exclude)
        ]
        out.extend(str(f) for f in found)
    return list(dict.fromkeys(out))  # a file named twice is audited once


def _matches(name: str, rel: str, globs) -> bool:
    return any(fnmatch(name, g) or fnmatch(rel, g) for g in globs)


def input_size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def iter_pages(files: list[str], limits: Limits = Limits()) -> Iterator[RawPage | PageError | Credit]:
    for path in files:
        container = container_of(path)
        reader = {"warc": _warc_pages, "jsonl": _jsonl_pages, "gz": _gz_page, "file": _file_page}[container]
        try:
            yield from reader(path, limits)
        except _Refused as exc:
            yield PageError(path, path, str(exc), exc.weight)
        except OSError as exc:
            yield PageError(path, path, f"cannot read ({exc.strerror or exc})", input_size(path))


class _Refused(Exception):
    """The rest of an input file is not read (too much decompressed data, or it is not what it says)."""

    def __init__(self, message: str, weight: int = 0):
        super().__init__(message)
        self.weight = weight


def _file_page(path: str, limits: Limits):
    size = input_size(path)
    try:
        if Path(path).is_dir():
            yield PageError(path, path, "is a directory, not a page", 0)
            return
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO or a device would block or never end
            yield PageError(path, path, "not a regular file", 0)
            return
        with open(path, "rb") as fh:
            data = fh.read(limits.page_bytes + 1)
    except FileNotFoundError:
        yield PageError(path, path, "no such file", 0)
        return
    except PermissionError:
        yield PageError(path, path, "permission denied", size)
        return
    if len(data) > limits.page_bytes:
        yield PageError(path, path, f"larger than {_mb(limits.page_bytes)}", size)
        return
    yield RawPage(path, path, data, kind_of_name(path), size)


def _gz_page(path: str, limits: Limits):
    size = input_size(path)
    inner = path[:-3]
    try:
        with gzip.open(path, "rb") as fh:
            data = fh.read(limits.page_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        yield PageError(path, path, f"not a readable gzip file ({exc})", size)
        return
    if len(data) > limits.page_bytes:
        yield PageError(
            path,
            path,
            f"decompresses to more than {_mb(limits.page_bytes)} (refused: possible decompression bomb)",
            size,
        )
        return
    yield RawPage(path, path, data, kind_of_name(inner), size)


class _Counted:
    """A binary stream that counts the bytes read through it and refuses to go past a cap."""

    def __init__(self, fh, cap: int, name: str):
        self.fh, self.cap, self.name, self.count = fh, cap, name, 0

    def read(self, n=-1):
        return self._counted(self.fh.read(self._room(n)))

    def readline(self, size=-1):
        return self._counted(self.fh.readline(self._room(size)))

    def _room(self, n) -> int:
        """How much may still be read: one byte past the cap, so that going over it is seen."""
        left = self.cap + 1 - self.count
        return max(left if n is None or n < 0 else min(n, left), 0)

    def _counted(self, data: bytes) -> bytes:
        self.count += len(data)
        if self.count > self.cap:
            raise _Refused(
                f"decompresses to more than {_mb(self.cap)} in all (refused: possible decompression "
                "bomb; raise --max-input-mb to read it)"
            )
        return data


def _jsonl_pages(path: str, limits: Limits):
    size = input_size(path)
    compressed = path.lower().endswith(".gz")
    raw = open(path, "rb")
    try:
        fh = _Counted(
            gzip.GzipFile(fileobj=raw, mode="rb") if compressed else raw,
            limits.input_bytes if compressed else 1 << 62,
            path,
        )
        lineno, credited = 0, 0
        while True:
            try:
                line = fh.readline(limits.page_bytes + 2)
            except (OSError, EOFError, zlib.error) as exc:
                raise _Refused(f"not a readable gzip file ({exc})", size - credited) from None
            if not line:
                break
            lineno += 1
            weight = raw.tell() - credited
            credited += weight
            source = f"{path}:{lineno}"
            if len(line) > limits.page_bytes and not line.endswith(b"\n") or len(line) > limits.page_bytes + 1:
                # skip the rest of this over-long line without holding it
                while line and not line.endswith(b"\n"):
                    line = fh.readline(1 << 20)
                yield PageError(source, source, f"record larger than {_mb(limits.page_bytes)}", weight)
                continue
            if not line.strip():
                continue
            yield _jsonl_record(source, line, weight)
        if size > credited:
            yield Credit(size - credited)
    finally:
        raw.close()


def _jsonl_record(source: str, line: bytes, weight: int) -> RawPage | PageError:
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        return PageError(source, source, f"not a JSON record ({exc.__class__.__name__}: {exc})", weight)
    if not isinstance(record, dict):
        return PageError(source, source, 'not a JSON object with "url" and "html" or "text"', weight)
    url = record.get("url")
    url = _SURROGATE.sub("\ufffd", url) if isinstance(url, str) and url.strip() else source
    html, text = record.get("html"), record.get("text")
    if isinstance(html, str):
        return RawPage(source, url, html, "html", weight)
    if isinstance(text, str):
        return RawPage(source, url, text, "text", weight)
    return PageError(source, url, 'record has no "html" or "text" string', weight)


def _warc_pages(path: str, limits: Limits):
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    size = input_size(path)
    credited = 0
    total = 0
    with open(path, "rb") as raw:
        try:
            iterator = ArchiveIterator(raw, check_digests=False)
            for number, record in enumerate(iterator, 1):
                length = int(record.rec_headers.get_header("Content-Length") or 0)
                total += length
                if total > limits.input_bytes:
                    raise _Refused(
                        f"decompresses to more than {_mb(limits.input_bytes)} in all (refused: "
                        "possible decompression bomb; raise --max-input-mb to read it)",
                        size - credited,
                    )
                if record.rec_type != "response":
                    continue
                source = f"{path}#{number}"  # the record's number in the file (an offset would read it)
                url = record.rec_headers.get_header("WARC-Target-URI") or source
                weight = max(raw.tell() - credited, 0)
                credited += weight
                content_type = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                if content_type and not any(t in content_type.lower() for t in ("html", "text/plain", "xml")):
                    continue  # images, scripts, style sheets: not pages
                if length > limits.page_bytes:
                    yield PageError(
                        source,
                        url,
                        f"record of {_mb(length)} is larger than {_mb(limits.page_bytes)} "
                        "(refused: possible decompression bomb)",
                        weight,
                    )
                    continue
                body = record.content_stream().read(limits.page_bytes + 1)
                if len(body) > limits.page_bytes:
                    yield PageError(
                        source,
                        url,
                        f"body decompresses to more than {_mb(limits.page_bytes)} "
                        "(refused: possible decompression bomb)",
                        weight,
                    )
                    continue
                kind = "html" if "html" in content_type.lower() or not content_type else "auto"
                yield RawPage(source, url, body, kind if "plain" not in content_type.lower() else "text", weight)
        except _Refused:
            raise
        except (ArchiveLoadFailed, ValueError, EOFError, zlib.error, OSError) as exc:
            raise _Refused(
                f"not a readable WARC file ({exc.__class__.__name__}: {exc})".strip(), size - credited
            ) from None
    if size > credited:
        yield Credit(size - credited)


def _mb(n: int) -> str:
    return f"{n / MB:.0f} MB" if n >= MB else f"{n} bytes"
