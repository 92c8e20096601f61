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
from dataclasses import dataclass, replace
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
    status: int | None = None  # the HTTP status of a WARC response (or a JSONL record's "status")
    seq: int = 0  # the page's place in the inputs (set by iter_pages): the first of duplicates is the original


@dataclass(frozen=True)
class PageError:
    source: str
    url: str
    reason: str
    weight: int = 0


@dataclass(frozen=True)
class Skipped:
    """A record that is not a page to audit (an image, a script, a non-2xx response): counted by reason."""

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


def iter_pages(
    files: list[str], limits: Limits = Limits(), statuses: str = "2xx"
) -> Iterator[RawPage | PageError | Skipped | Credit]:
    """The pages of `files` in order, numbered (`seq`). A response whose HTTP status is not 2xx is
    `Skipped` unless `statuses` is "all"."""
    seq = 0
    for path in files:
        container = container_of(path)
        reader = {"warc": _warc_pages, "jsonl": _jsonl_pages, "gz": _gz_page, "file": _file_page}[container]
        try:
            for item in reader(path, limits):
                if isinstance(item, RawPage):
                    seq += 1
                    if statuses != "all" and item.status is not None and not 200 <= item.status < 300:
                        item = Skipped(item.source, item.url, f"HTTP status {item.status}", item.weight)
                    else:
                        item = replace(item, seq=seq)
                yield item
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
    html, text, status = record.get("html"), record.get("text"), record.get("status")
    status = status if isinstance(status, int) and not isinstance(status, bool) else None
    if isinstance(html, str):
        return RawPage(source, url, html, "html", weight, status)
    if isinstance(text, str):
        return RawPage(source, url, text, "text", weight, status)
    return PageError(source, url, 'record has no "html" or "text" string', weight)


def _warc_pages(path: str, limits: Limits):
    """The response records of a WARC file: pages (HTML or text bodies), `Skipped` records (other
    content types, revisits) and error rows. A file that ends inside a record (a truncated download)
    gives an error row after the records read before the break."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    size, credited, total = input_size(path), 0, 0
    with open(path, "rb") as raw:
        stream = _GzipCheck(raw) if path.lower().endswith(".gz") else raw
        try:
            for number, record in enumerate(ArchiveIterator(stream, check_digests=False), 1):
                length = int(record.rec_headers.get_header("Content-Length") or 0)
                total += length
                if total > limits.input_bytes:
                    raise _Refused(
                        f"decompresses to more than {_mb(limits.input_bytes)} in all (refused: "
                        "possible decompression bomb; raise --max-input-mb to read it)",
                        size - credited,
                    )
                item = _warc_record(path, number, record, length, limits)
                if _drained_short(record):  # the file ends inside this record: not a page, an error
                    raise _Refused(_truncated(number), size - credited)
                if item is not None:
                    weight = max(raw.tell() - credited, 0)
                    credited += weight
                    yield replace(item, weight=weight)
        except _Refused:
            raise
        except (ArchiveLoadFailed, ValueError, EOFError, zlib.error, OSError) as exc:
            raise _Refused(
                f"not a readable WARC file ({exc.__class__.__name__}: {exc})".strip(), size - credited
            ) from None
        if isinstance(stream, _GzipCheck) and not stream.complete():
            raise _Refused(_truncated(None), size - credited)
    if size > credited:
        yield Credit(size - credited)


def _truncated(number: int | None) -> str:
    where = f"inside record {number}" if number is not None else "inside a compressed record"
    return f"truncated WARC file: it ends {where} (the records before it were read)"


def _drained_short(record) -> bool:
    """Read what is left of a record's block; True when the file ended before the block did."""
    while record.raw_stream.read(1 << 16):
        pass
    return getattr(record.raw_stream, "limit", 0) > 0


_PAGE_TYPES = ("html", "text/plain", "xml")


def _warc_record(path: str, number: int, record, length: int, limits: Limits):
    """A response record as a RawPage, a Skipped record or a PageError; None for records that are not
    responses (requests, metadata: no page)."""
    source = f"{path}#{number}"  # the record's number in the file (an offset would read it)
    url = record.rec_headers.get_header("WARC-Target-URI") or source
    if record.rec_type == "revisit":
        return Skipped(source, url, "WARC revisit record (no body)")
    if record.rec_type != "response":
        return None
    headers = record.http_headers
    content_type = ((headers.get_header("Content-Type") or "") if headers else "").lower()
    status = _status(headers)
    if content_type and not any(t in content_type for t in _PAGE_TYPES):
        return Skipped(source, url, f"not HTML or text ({content_type.split(';')[0].strip()})")
    if length > limits.page_bytes:
        reason = f"record of {_mb(length)} is larger than {_mb(limits.page_bytes)}"
        return PageError(source, url, f"{reason} (refused: possible decompression bomb)")
    body = record.content_stream().read(limits.page_bytes + 1)
    if len(body) > limits.page_bytes:
        reason = f"body decompresses to more than {_mb(limits.page_bytes)}"
        return PageError(source, url, f"{reason} (refused: possible decompression bomb)")
    kind = "html" if "html" in content_type or not content_type else "auto"
    return RawPage(source, url, body, kind if "plain" not in content_type else "text", 0, status)


def _status(headers) -> int | None:
    try:
        return int(headers.get_statuscode()) if headers else None
    except (TypeError, ValueError):
        return None


class _GzipCheck:
    """A binary stream passed through to warcio while its gzip members are checked on the side: a file
    cut inside a member (a truncated download) is seen, though warcio reads such a file without error."""

    def __init__(self, fh):
        self.fh, self.member, self.pending, self.unchecked = fh, zlib.decompressobj(31), False, False

    def read(self, n=-1):
        data = self.fh.read(n)
        self._check(data)
        return data

    def tell(self):
        return self.fh.tell()

    def _check(self, data: bytes) -> None:
        try:
            self._members(data)
        except zlib.error:  # not gzip after all (warcio reads a plain WARC named .gz): nothing to check
            self.unchecked = True

    def _members(self, data: bytes) -> None:
        while data and not self.unchecked:
            self.pending = True
            self.member.decompress(data, 1 << 16)  # output bounded and dropped: only the framing counts
            if self.member.eof:
                data, self.member, self.pending = self.member.unused_data, zlib.decompressobj(31), False
            else:
                data = self.member.unconsumed_tail

    def complete(self) -> bool:
        return self.unchecked or not self.pending


def _mb(n: int) -> str:
    return f"{n / MB:.0f} MB" if n >= MB else f"{n} bytes"
