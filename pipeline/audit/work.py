"""What the audit's workers run: prepare pages (decode, extract the main text) and verify texts.

Both are plain functions over picklable values, so the same code runs in a local process pool and on
Dask workers. A worker loads the spaCy model and the fact table once (`warm`), then verifies its
batches with `nlp.pipe`. A page that fails becomes an error, never a failed batch.
"""

from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass

from ..errors import VerifyError
from .inputs import PageError, RawPage

# Offsets of the audit point into the page's text as extracted and normalised like this, so that two
# copies of a page that differ only in trailing spaces or blank lines are one text, verified once.
_TRAILING = re.compile(r"[ \t\f\v]+\n")
_BLANKS = re.compile(r"\n{3,}")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class VerifierConfig:
    facts: tuple[str, ...] = ()  # absolute paths; empty: the bundled table
    contradict: float = 70.0
    support: float = 60.0


@dataclass(frozen=True)
class Prepared:
    """A page's text, ready to verify; `sha` names the (kind, text) pair, shared by duplicate pages."""

    source: str
    url: str
    sha: str
    text: str
    kind: str  # "html", "markdown" or "text"
    weight: int = 0
    status: int | None = None  # the HTTP status, where the input has one
    seq: int = 0  # the page's place in the inputs


def normalise(text: str) -> str:
    text = _SURROGATE.sub("\ufffd", text)  # lone surrogates (from JSON "\\ud800") cannot be written out
    text = _TRAILING.sub("\n", text.replace("\r\n", "\n").replace("\r", "\n") + "\n")
    return _BLANKS.sub("\n\n", text).strip("\n") + "\n"


def text_sha(kind: str, text: str) -> str:
    return hashlib.sha256(f"{'markdown' if kind == 'markdown' else 'text'}\0{text}".encode()).hexdigest()


def prepare_batch(pages: list[RawPage], page_bytes: int) -> list[Prepared | PageError]:
    return [prepare(page, page_bytes) for page in pages]


def prepare(page: RawPage, page_bytes: int) -> Prepared | PageError:
    from ..read import decode_bytes, html_main_text, looks_like_html

    try:
        data, kind = page.data, page.kind
        if isinstance(data, str) and len(data) > page_bytes:  # a character is at least one byte
            return PageError(page.source, page.url, f"larger than {page_bytes // (1024 * 1024)} MB", page.weight)
        if isinstance(data, bytes):
            if not data.strip():
                return PageError(page.source, page.url, "empty page (no text)", page.weight)
            if kind == "auto":
                kind = "html" if looks_like_html(data) else "text"
            data = decode_bytes(data, page.url)["text"]
        if kind == "html":
            text = html_main_text(data)
            if text is None:
                return PageError(page.source, page.url, "no readable text in this HTML page", page.weight)
        else:
            text = data
        text = normalise(text)
        if not text.strip():
            return PageError(page.source, page.url, "empty page (no text)", page.weight)
        kind = "markdown" if kind == "markdown" else ("html" if kind == "html" else "text")
        return Prepared(page.source, page.url, text_sha(kind, text), text, kind, page.weight, page.status, page.seq)
    except VerifyError as exc:
        return PageError(page.source, page.url, _reason(exc, page.url), page.weight)
    except Exception as exc:  # a parser failure on one page must not stop the audit
        return PageError(page.source, page.url, f"parser failure ({type(exc).__name__}: {exc})", page.weight)


def _reason(exc: VerifyError, url: str) -> str:
    """The message of an input error without its code and the page name (the row has the URL)."""
    message = exc.args[0] if exc.args else str(exc)
    return message[len(url) + 2 :] if message.startswith(f"{url}: ") else message


# --- verifying -------------------------------------------------------------------------------------

_STATE: dict = {}
_LOCK = threading.Lock()


def warm(config: VerifierConfig) -> str:
    """Load the model and the fact table in this process (once); return the table's sha256."""
    return _verifier(config).kb.info.sha256


def _verifier(config: VerifierConfig):
    with _LOCK:
        if _STATE.get("config") != config:
            from ..api import Verifier
            from ..types import Thresholds

            thresholds = Thresholds(contradict=config.contradict, support=config.support)
            _STATE["verifier"] = Verifier(list(config.facts) or None, thresholds=thresholds)
            _STATE["config"] = config
        return _STATE["verifier"]


def init_worker(config: VerifierConfig) -> None:
    """Process-pool initializer: Ctrl-C is the parent's to handle; exit with the parent; load the model now."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    watch_parent()
    warm(config)


def watch_parent(every: float = 0.5) -> None:
    """Exit this worker when the audit that started it dies, even by `kill -9`: a worker (about 160 MB,
    and the resource tracker that waits on it) must not outlive its audit as an orphan. A watchdog
    thread sees the parent change (the orphan is adopted by init or a subreaper); on Linux the kernel
    also sends SIGKILL at the parent's death (PR_SET_PDEATHSIG; the pool's workers are started by the
    audit's own thread, which lives as long as the audit)."""
    import multiprocessing
    import os
    import sys
    import time

    started_by = multiprocessing.parent_process()
    parent = started_by.pid if started_by is not None and started_by.pid else os.getppid()
    if sys.platform.startswith("linux"):
        _death_signal()
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="verify-watch-parent", daemon=True).start()


def _death_signal() -> None:
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # no prctl here: the watchdog alone
        pass


def verify_batch(items: list[tuple[str, str, str]], config: VerifierConfig) -> dict:
    """Verify (sha, text, kind) texts in one nlp.pipe stream.

    Returns {"facts_sha", "results": [(sha, record|None, error|None)]}."""
    from ..types import Article

    verifier = _verifier(config)
    articles = [
        Article(
            path="page.md" if kind == "markdown" else "page.txt",
            text=text,
            source_format="html" if kind == "html" else "text",
        )
        for _, text, kind in items
    ]
    with _LOCK:  # one model per process; threads of a Dask worker take turns
        try:
            reports = list(verifier.verify_articles(articles).articles)
        except Exception:
            reports = [_one(verifier, a) for a in articles]  # find the page that fails
    results: list[tuple[str, dict | None, str | None]] = []
    for (sha, text, kind), report in zip(items, reports):
        if isinstance(report, str):
            results.append((sha, None, report))
        else:
            results.append(
                (
                    sha,
                    {
                        "text": text,
                        "format": kind,
                        "findings": [finding_record(f, verifier.kb) for f in report.findings],
                    },
                    None,
                )
            )
    return {"facts_sha": verifier.kb.info.sha256, "results": results}


def _one(verifier, article):
    try:
        return verifier.verify_articles([article]).articles[0]
    except Exception as exc:
        return f"parser failure ({type(exc).__name__}: {exc})"


def finding_record(f, kb=None) -> dict:
    """A finding as plain JSON: the claim keys of the JSON report, plus what the detail page shows;
    for an unsupported claim, what the report groups it by (`clusters.group_key`, with `kb`)."""
    c = f.claim
    record = {
        "id": c.id,
        "text": c.text,
        "start": c.start,
        "end": c.end,
        "sentence": c.sentence,
        "verdict": f.verdict.value,
        "severity": f.severity.value,
        "reason": f.reason.value,
        "score": f.score,
        "suppressed": f.suppressed,
        "fact": None,
        "considered": [],
    }
    if f.fact is not None:
        record["fact"] = _fact(f.fact)
    if len(f.evidence_ids) > 1:  # the other rows of the decision (a comparison reads two)
        record["evidence"] = [_fact(e) for e in f.evidence]
    if f.verdict.value == "unsupported":  # as in the JSON report: the closest rows and why they did not apply
        record["considered"] = [
            {**_fact(k.fact), "note": k.note, "score": k.score, "outcome": k.outcome.value, "reason": k.reason.value}
            for k in f.considered[:3]
        ]
        if kb is not None:
            from .clusters import group_key

            record["group"] = group_key(c, kb)
    return record


def _fact(fact) -> dict:
    return {
        "id": fact.id,
        "kind": fact.kind,
        "statement": fact.statement,
        "correction": fact.correction,
        "source": fact.source,
        "source_url": fact.source_url,
    }
