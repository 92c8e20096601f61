"""The audit's report files, written from its journal alone: sorted, deterministic, atomic.

    findings.jsonl  one row per claim: the page's URL and input, then the claim keys of the JSON report
    pages.csv       per page: URL, claims, verdict counts, risk score, duplicate of, detail page
    errors.jsonl    pages that could not be read or verified, with the reason
    manifest.json   tool version, fact table sha256, configuration, inputs, counts, timings
    unsupported.csv the unsupported claims grouped across pages, most pages first (audit/clusters.py)
    index.html      the summary to open in a browser; pages/<name>.html, one detail page per page

index.html lists pages in the order an auditor fixes them: most contradicted claims first, then the
largest share of contradicted claims among the check-worthy ones, then most unsupported claims.
The risk score of a page (0-100) is the share of its check-worthy claims that are contradicted, an
unsupported one counting a quarter, shrunk toward 0 for pages with few claims:
100 x (contradicted + unsupported / 4) / (check-worthy claims + 2).
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import tempfile
from collections import OrderedDict
from pathlib import Path

from .. import __version__
from ..files import AtomicFile, atomic_write, csv_cell, jsonl_line
from ..types import (
    UNREAD,
    Article,
    ArticleReport,
    Candidate,
    Claim,
    Fact,
    Finding,
    Reason,
    Severity,
    TableInfo,
    Verdict,
)
from .clusters import UNSUPPORTED_HEADER, ClaimGroups, Group

VERDICTS = ("contradicted", "unsupported", "supported", "not_checkworthy")
PAGES_HEADER = (
    "url",
    "input",
    "status",
    "claims",
    "contradicted",
    "unsupported",
    "supported",
    "not_checkworthy",
    "risk",
    "duplicate_of",
    "detail",
)
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
INDEX_PAGES = 500  # pages listed in index.html (all of them are in pages.csv)
GROUPS_SHOWN = 20  # groups of unsupported claims listed in index.html (all of them are in unsupported.csv)


def risk_score(counts: dict) -> float:
    checkworthy = counts["contradicted"] + counts["unsupported"] + counts["supported"]
    return round(100 * (counts["contradicted"] + counts["unsupported"] / 4) / (checkworthy + 2), 1)


def detail_name(url: str, source: str) -> str:
    """A file name for a page's detail page: letters, digits, '.', '_' and '-' only (no folder, no
    '..' step, never hidden), from the URL, with a hash of the page's input so that names are unique."""
    slug = _UNSAFE.sub("-", re.sub(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", "", url))[:80].strip(".-_") or "page"
    digest = hashlib.sha256(f"{source}\0{url}".encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{slug}-{digest}.html"


def write_report(out: Path, journal_path: Path, opts, files: list[str], facts: TableInfo) -> dict:
    from .journal import read_journal

    errors: dict[str, dict] = {}
    skipped: dict[str, str] = {}  # source -> reason
    sessions = []
    with tempfile.TemporaryDirectory(prefix=".report-", dir=out) as tmp:
        index = _PageIndex(Path(tmp) / "pages.sqlite")
        for offset, record in read_journal(journal_path):
            kind = record.get("t")
            if kind == "result":
                index.result(record["sha"], offset)
            elif kind == "page":
                index.page(record["source"], record["url"], record["sha"], record.get("seq", 0), record.get("status"))
            elif kind == "skip":
                skipped.setdefault(record["source"], record["reason"])
            elif kind == "error":
                errors.setdefault(
                    record["source"], {"url": record["url"], "input": record["source"], "reason": record["reason"]}
                )
            elif kind == "session":
                sessions.append(record)
        index.flush()
        groups = ClaimGroups(Path(tmp) / "claims.sqlite")
        try:
            counts = _write_pages(out, journal_path, (index, groups), facts, errors, files, _by_reason(skipped))
        finally:
            index.close()
            groups.close()
    manifest = _manifest(opts, files, facts, counts, sessions, _by_reason(skipped))
    atomic_write(out / "manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    return counts


def _by_reason(skipped: dict[str, str]) -> dict[str, int]:
    """Skipped records per reason, most frequent first."""
    tally: dict[str, int] = {}
    for reason in skipped.values():
        tally[reason] = tally.get(reason, 0) + 1
    return dict(sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])))


def _write_pages(
    out: Path,
    journal_path: Path,
    stores: tuple[_PageIndex, ClaimGroups],
    facts: TableInfo,
    errors: dict,
    files: list[str],
    skipped: dict[str, int],
) -> dict:
    """Write findings.jsonl, pages.csv, the detail pages, errors.jsonl, unsupported.csv and index.html;
    return the counts."""
    index, groups = stores
    detail_dir = out / "pages"
    detail_dir.mkdir(exist_ok=True)
    stale = {p.name for p in detail_dir.iterdir() if p.suffix == ".html"}
    tally = _write_page_rows(out, journal_path, stores, facts, detail_dir, stale)
    for name in stale:  # detail pages of an earlier run that no page of this report has
        (detail_dir / name).unlink()

    error_rows = sorted(errors.values(), key=lambda e: (e["url"], e["input"]))
    atomic_write(out / "errors.jsonl", "".join(jsonl_line(e) for e in error_rows))

    unique = index.unique_texts()
    counts = {
        "pages": tally.n_rows + len(error_rows),
        "pages_checked": tally.n_rows,
        "unique_texts": unique,
        "duplicate_pages": tally.n_rows - unique,
        "errors": len(error_rows),
        "skipped": sum(skipped.values()),
        "claims": sum(tally.totals.values()),
        **tally.totals,
        **tally.unread,
    }
    top_groups, counts["unsupported_groups"] = _write_groups(out, groups)
    _write_index(out, facts, counts, (tally, top_groups), error_rows, files, skipped)
    return counts


class _Tally:
    """What the report's pages add up to as they are written: verdict totals, rows per risk band,
    the riskiest rows (the ones index.html lists; the others are counted) and the myths seen."""

    def __init__(self):
        from .index_page import PAGES_PER_MYTH, risk_band

        self.risk_band, self.pages_per_myth = risk_band, PAGES_PER_MYTH
        self.top = _TopRows(INDEX_PAGES)
        self.myths: dict[str, dict] = {}  # myth id -> its entry in index.html
        self.n_rows, self.bands = 0, [0] * 11
        self.totals = {v: 0 for v in VERDICTS}
        # unsupported claims the table could not be asked about, by reason (out_of_scope, not_understood)
        self.unread = {r.value: 0 for r in UNREAD}

    def add(self, row: _Row, counts: dict, findings: list[dict]) -> None:
        for v in VERDICTS:
            self.totals[v] += counts[v]
        for f in findings:
            if f["reason"] in self.unread:
                self.unread[f["reason"]] += 1
        self.n_rows += 1
        self.bands[self.risk_band(row.risk)] += 1
        self.top.add(row)
        _add_myths(self.myths, findings, row, self.pages_per_myth)


def _write_page_rows(
    out: Path,
    journal_path: Path,
    stores: tuple[_PageIndex, ClaimGroups],
    facts: TableInfo,
    detail_dir: Path,
    stale: set[str],
) -> _Tally:
    """Per page, in URL order: its claims to findings.jsonl (its unsupported ones to `groups`), its row to
    pages.csv, its detail page. The names of the detail pages written are taken out of `stale`."""
    index, groups = stores
    results = _ResultCache(journal_path)
    tally = _Tally()
    with AtomicFile(out / "findings.jsonl") as findings_out, AtomicFile(out / "pages.csv") as csv_out:
        writer = csv.writer(csv_out, lineterminator="\n")
        writer.writerow(PAGES_HEADER)
        for url, source, sha, offset, status, original in index.ordered():
            result = results.get(sha, offset)
            counts = _write_findings(findings_out, url, source, result["findings"])
            name = detail_name(url, source)
            stale.discard(_write_detail(detail_dir, name, url, result, facts))
            groups.add(url, f"pages/{name}", result["findings"])
            row = _Row(url, source, len(result["findings"]), counts, risk_score(counts), original, status)
            writer.writerow([csv_cell(row[k]) for k in PAGES_HEADER])
            tally.add(row, counts, result["findings"])
    results.close()
    return tally


def _write_findings(findings_out, url: str, source: str, findings: list[dict]) -> dict:
    """A page's claims as rows of findings.jsonl; returns its count of each verdict."""
    counts = {v: 0 for v in VERDICTS}
    for f in findings:
        counts[f["verdict"]] += 1
        findings_out.write(jsonl_line({"url": url, "input": source, **_claim_row(f)}))
    return counts


def _write_detail(detail_dir: Path, name: str, url: str, result: dict, facts: TableInfo) -> str:
    """Write a page's detail page `name` in `detail_dir` (never outside it); returns `name`."""
    target = (detail_dir / name).resolve()
    if target.parent != detail_dir.resolve():  # cannot happen with detail_name; never write outside
        raise ValueError(f"unsafe detail page name {name!r}")
    atomic_write(target, _detail_page(url, result, facts))
    return name


def _write_groups(out: Path, groups: ClaimGroups) -> tuple[list[Group], int]:
    """unsupported.csv, every group most pages first; returns the first GROUPS_SHOWN and how many there are."""
    top: list[Group] = []
    n = 0
    with AtomicFile(out / "unsupported.csv") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(UNSUPPORTED_HEADER)
        for group in groups.groups():
            writer.writerow([csv_cell(v) for v in group.row()])
            n += 1
            if len(top) < GROUPS_SHOWN:
                top.append(group)
    return top, n


def _write_index(
    out: Path,
    facts: TableInfo,
    counts: dict,
    tallies: tuple[_Tally, list[Group]],
    error_rows: list,
    files: list[str],
    skipped: dict,
) -> None:
    """index.html: the counts, the myths most pages repeat, the claims the table cannot judge yet, the
    riskiest pages and the errors."""
    from .index_page import render_audit_index

    tally, top_groups = tallies
    myth_list = sorted(tally.myths.values(), key=lambda m: (-m["page_count"], -m["claims"], m["id"]))
    atomic_write(
        out / "index.html",
        render_audit_index(
            title=f"verify audit: {out.name}",
            version=__version__,
            facts=facts,
            counts=counts,
            myths=myth_list,
            ranked=tally.top.rows(),
            ranked_limit=INDEX_PAGES,
            errors=error_rows,
            inputs=[str(f) for f in files],
            ranked_total=tally.n_rows,
            risk_bands=tally.bands,
            skipped=skipped,
            groups=top_groups,
        ),
    )


def _manifest(opts, files, facts: TableInfo, counts: dict, sessions: list[dict], skipped: dict) -> dict:
    from .run import engine_name

    seconds = sum(s["seconds"] for s in sessions)
    return {
        "tool": {"name": "verify", "version": __version__},
        "facts": {"path": facts.path, "sha256": facts.sha256, "rows": facts.rows, "version": facts.version},
        "config": {
            "engine": engine_name(opts),
            "workers": opts.workers,
            "scheduler": opts.scheduler,
            "include": list(opts.include),
            "exclude": list(opts.exclude),
            "batch": opts.batch,
            "thresholds": {"contradict": opts.contradict, "support": opts.support},
            "max_page_bytes": opts.limits.page_bytes,
            "max_input_bytes": opts.limits.input_bytes,
            "statuses": opts.statuses,
        },
        "inputs": [{"path": f, "bytes": os.path.getsize(f) if os.path.exists(f) else None} for f in files],
        "counts": counts,
        "skipped": skipped,  # records that are not pages to audit, per reason
        "timings": {
            "seconds": round(seconds, 3),
            "pages_per_second": round(sum(s["pages"] for s in sessions) / seconds, 3) if seconds else None,
            "sessions": sessions,
        },
        "outputs": [
            "findings.jsonl",
            "pages.csv",
            "errors.jsonl",
            "manifest.json",
            "unsupported.csv",
            "index.html",
            "pages/",
            "journal.jsonl",
        ],
    }


def _add_myths(myths: dict, findings: list[dict], row, keep: int) -> None:
    seen = set()
    for f in findings:
        fact = f.get("fact")
        if f["verdict"] != "contradicted" or not fact or fact["kind"] != "myth":
            continue
        entry = myths.setdefault(
            fact["id"],
            {
                "id": fact["id"],
                "statement": fact["statement"],
                "correction": fact["correction"],
                "source": fact["source"],
                "claims": 0,
                "pages": [],
                "page_count": 0,
            },
        )
        entry["claims"] += 1
        if fact["id"] not in seen:  # index.html lists a myth's first pages (in URL order) and counts the rest
            seen.add(fact["id"])
            entry["page_count"] += 1
            if len(entry["pages"]) < keep:
                entry["pages"].append(row)


def _claim_row(f: dict) -> dict:
    """The claim keys of `verify --format json`, made by the same function from the journal's record."""
    from ..render.json import claim_record

    return claim_record(_finding(f))


def _detail_page(url: str, result: dict, facts: TableInfo) -> str:
    from ..render.html import esc, render_article_page

    article = Article(path=url, text=result["text"], source_format="html" if result["format"] == "html" else "text")
    report = ArticleReport(article, tuple(_finding(f) for f in result["findings"]))
    page = render_article_page(report, facts, __version__, title=url, back_href="../index.html")
    heading = f"<h1>{esc(url)}</h1>"
    if web_url(url) and heading in page:  # the page's address, linked (http and https only)
        link = f'<a class="ext" href="{esc(url)}" rel="noopener noreferrer" target="_blank">{esc(url)}</a>'
        page = page.replace(heading, f"<h1>{link}</h1>", 1)
    return page


_WEB_URL = re.compile(r"https?://[^\s/?#\\]+[^\s\\]*", re.IGNORECASE)


def web_url(url: str) -> bool:
    """An http or https address with a host and no space, control character or backslash: safe to link.

    >>> web_url("https://example.org/a?b=1"), web_url("javascript:alert(1)"), web_url("site/page.txt")
    (True, False, False)
    """
    return bool(_WEB_URL.fullmatch(url)) and url.isprintable()


def _finding(f: dict) -> Finding:
    claim = Claim(id=f["id"], text=f["text"], start=f["start"], end=f["end"], sentence=f["sentence"])
    considered = tuple(
        Candidate(
            _fact(c),
            c["score"],
            Verdict(c.get("outcome", "unsupported")),
            Reason(c.get("reason", "no_matching_fact")),
            c["note"],
        )
        for c in f.get("considered") or ()
    )
    return Finding(
        claim=claim,
        verdict=Verdict(f["verdict"]),
        reason=Reason(f["reason"]),
        severity=Severity(f["severity"]),
        fact=_fact(f["fact"]) if f.get("fact") else None,
        score=f["score"],
        considered=considered,
        suppressed=f["suppressed"],
        evidence=tuple(_fact(e) for e in f.get("evidence") or ()),
    )


def _fact(d: dict) -> Fact:
    return Fact(
        id=d["id"],
        kind=d["kind"],
        subject="",
        relation="",
        object="",
        aspect="",
        polarity="",
        value="",
        qualifier="",
        qty_min=None,
        qty_max=None,
        unit="",
        attribution="",
        statement=d["statement"],
        correction=d["correction"],
        source=d["source"],
        source_type="",
        source_url=d["source_url"],
        reviewed="",
        severity="",
        topic="",
    )


class _Row:
    """A row of pages.csv, read like a dict (`row["risk"]`); kept for every page until index.html is
    written, so it holds only what it must (`detail` is derived from the URL and input when asked)."""

    __slots__ = tuple(c for c in PAGES_HEADER if c != "detail")

    def __init__(
        self,
        url: str,
        source: str,
        claims: int,
        counts: dict,
        risk: float,
        duplicate_of: str,
        status: int | None = None,
    ):
        self.url, self.input, self.claims, self.risk, self.duplicate_of = url, source, claims, risk, duplicate_of
        self.status = status
        for v in VERDICTS:
            setattr(self, v, counts[v])

    @property
    def share(self) -> float:
        """The share of the page's check-worthy claims that are contradicted (0 with none)."""
        from .index_page import share

        return share(self)

    @property
    def detail(self) -> str:
        return f"pages/{detail_name(self.url, self.input)}"

    def __getitem__(self, key: str):
        return getattr(self, key)


class _TopRows:
    """The `limit` rows seen so far an auditor fixes first, in index.html's order: most contradicted
    claims, then the largest share of contradicted claims, then most unsupported claims (descending),
    then URL and input; a bounded buffer, so that a row is kept for these pages only."""

    def __init__(self, limit: int):
        self.limit = limit
        self.buffer: list[_Row] = []

    @staticmethod
    def key(r) -> tuple:
        return (-r["contradicted"], -r["share"], -r["unsupported"], r["url"], r["input"])

    def add(self, row) -> None:
        self.buffer.append(row)
        if len(self.buffer) >= 2 * self.limit:
            self.buffer = self.rows()

    def rows(self) -> list:
        return sorted(self.buffer, key=self.key)[: self.limit]


class _PageIndex:
    """The journal's pages and results in a temporary SQLite file, sorted and joined there, so that
    the report's memory does not grow with the number of pages. As in the journal: a page is its
    first record (by input), a text's result its last. URLs and inputs are stored as UTF-8 bytes
    (lone surrogates kept), whose byte order is Python's string order."""

    def __init__(self, path: Path):
        import sqlite3

        self.db = sqlite3.connect(str(path))
        self.db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=FILE;"
            "PRAGMA cache_size=-256;"  # 256 KiB (default 2 MiB): flat memory (benchmarks/run.py)
            "CREATE TABLE pages (source BLOB PRIMARY KEY, url BLOB NOT NULL, sha TEXT NOT NULL, seq INTEGER,"
            " status INTEGER);"
            "CREATE TABLE results (sha TEXT PRIMARY KEY, offset INTEGER NOT NULL);"
        )
        self.pages: list[tuple] = []
        self.results: list[tuple] = []

    def page(self, source: str, url: str, sha: str, seq: int = 0, status: int | None = None) -> None:
        self.pages.append((_utf8(source), _utf8(url), sha, seq, status))
        if len(self.pages) >= 2000:
            self.flush()

    def result(self, sha: str, offset: int) -> None:
        self.results.append((sha, offset))
        if len(self.results) >= 2000:
            self.flush()

    def flush(self) -> None:  # results first: a page's result comes before it in the journal
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?)", self.results)
            self.db.executemany("INSERT OR IGNORE INTO pages VALUES (?, ?, ?, ?, ?)", self.pages)
        self.pages, self.results = [], []

    def ordered(self):
        """(url, input, sha, result offset, HTTP status, original) of every page, by URL, input, sha.
        `original` is the URL of the page of the same text met first in the inputs ("" for that page)."""
        rows = self.db.execute(
            "SELECT p.url, p.source, p.sha, r.offset, p.status, "
            "FIRST_VALUE(p.url) OVER w, FIRST_VALUE(p.source) OVER w "
            "FROM pages p LEFT JOIN results r ON r.sha = p.sha "
            "WINDOW w AS (PARTITION BY p.sha ORDER BY p.seq, p.url, p.source) ORDER BY p.url, p.source, p.sha"
        )
        for url, source, sha, offset, status, first_url, first_source in rows:
            if offset is None:
                raise KeyError(sha)
            yield _text(url), _text(source), sha, offset, status, "" if first_source == source else _text(first_url)

    def unique_texts(self) -> int:
        return self.db.execute("SELECT COUNT(DISTINCT sha) FROM pages").fetchone()[0]

    def close(self) -> None:
        self.db.close()


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _text(data: bytes) -> str:
    return data.decode("utf-8", "surrogatepass")


class _ResultCache:
    """Results read back from the journal by offset; the last few kept (duplicates share one)."""

    def __init__(self, path: Path, size: int = 256):
        self.fh = open(path, "rb")
        self.size = size
        self.cache: OrderedDict[str, dict] = OrderedDict()

    def get(self, sha: str, offset: int) -> dict:
        if sha in self.cache:
            self.cache.move_to_end(sha)
            return self.cache[sha]
        self.fh.seek(offset)
        value = json.loads(self.fh.readline())
        self.cache[sha] = value
        if len(self.cache) > self.size:
            self.cache.popitem(last=False)
        return value

    def close(self) -> None:
        self.fh.close()
