"""One audit run: stream the pages, keep every worker busy, commit each result, write the report.

The pages are streamed from the inputs (`inputs`) and sent in batches to the workers (`engine`),
which extract each page's text (`work.prepare`); the texts are deduplicated here (a text seen before
is verified once and reported for every URL that carries it), then verified in batches
(`work.verify_batch`). Each result is committed to the journal (`journal`) as it arrives, so an
interrupted audit loses nothing and `--resume` skips what is done; the report files are then written
from the journal alone (`report`).
"""

from __future__ import annotations

import os
import signal
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import AuditError
from .inputs import Credit, Limits, PageError, RawPage, expand_inputs, input_size, iter_pages
from .journal import JOURNAL, Journal, header, read_journal, start_journal
from .progress import Progress
from .work import Prepared, VerifierConfig, prepare_batch, verify_batch

if TYPE_CHECKING:
    from .engine import DaskEngine, LocalEngine


class AuditInterrupted(Exception):
    """Ctrl-C (or SIGTERM): what was done is committed; the message says how to go on."""


@dataclass(frozen=True)
class AuditOptions:
    inputs: tuple[str, ...]
    out: str
    include: tuple[str, ...] = ("*",)
    exclude: tuple[str, ...] = ()
    engine: str = "local"  # or "dask"
    workers: int | None = None  # default: every core (local), or the cluster's workers
    scheduler: str | None = None  # tcp://HOST:PORT of an existing Dask cluster
    facts: tuple[str, ...] = ()
    contradict: float = 70.0
    support: float = 60.0
    batch: int = 8  # pages per task (one nlp.pipe stream)
    limits: Limits = field(default_factory=Limits)
    resume: bool = False
    overwrite: bool = False
    progress: str = "auto"  # auto | bar | log | none
    log_every: float = 10.0  # seconds between plain log lines


# --- the run ---------------------------------------------------------------------------------------


class _Run:
    """One session of an audit: what the journal already holds, what is in flight."""

    def __init__(self, opts: AuditOptions, journal: Journal, progress: Progress, facts_sha: str):
        self.opts, self.journal, self.progress, self.facts_sha = opts, journal, progress, facts_sha
        self.done_pages: set[str] = set()  # sources with a page or error record
        self.results: dict[str, tuple[int, int]] = {}  # sha -> (contradicted, unsupported) of the verified text
        self.failed: dict[str, str] = {}  # sha -> why it could not be verified
        self.waiting: dict[str, list[Prepared]] = {}  # sha -> pages waiting for its result
        self.to_verify: list[Prepared] = []
        self.inflight: dict = {}  # future -> ("prepare", [RawPage], alone) | ("verify", [Prepared], alone)
        self.suspects: list[tuple[str, object]] = []  # pages of tasks whose worker died, to try alone
        self.new_pages = 0
        self.engine: LocalEngine | DaskEngine | None = None  # set by run()

    def load(self, path: Path) -> None:
        for _, record in read_journal(path, repair=True):
            kind = record.get("t")
            if kind == "result":
                self.results[record["sha"]] = _counts(record["findings"])
            elif kind in ("page", "error"):
                self.done_pages.add(record["source"])

    def run(self, engine, pages) -> None:
        opts = self.opts
        self.engine = engine
        cap = max(2 * engine.workers, 2)  # prepare batches in flight: enough to keep every worker busy
        pages = iter(pages)
        exhausted = False
        while True:
            if self.suspects:  # after a crash: one suspect page at a time, nothing beside it
                if not self.inflight:
                    what, item = self.suspects.pop(0)
                    self._submit(what, [item], alone=True)
            else:
                while not exhausted and self._count("prepare") < cap:
                    batch, exhausted = self._next_batch(pages)
                    if batch:
                        self._submit("prepare", batch)
                self.journal.commit()
                idle = self._count("prepare") + self._count("verify") < engine.workers + 1
                while self.to_verify and (len(self.to_verify) >= opts.batch or idle or exhausted):
                    chunk, self.to_verify = self.to_verify[: opts.batch], self.to_verify[opts.batch :]
                    self._submit("verify", chunk)
                    idle = self._count("prepare") + self._count("verify") < engine.workers + 1
            if not self.inflight:
                if exhausted and not self.to_verify and not self.suspects:
                    break
                continue
            for future in engine.wait(list(self.inflight), timeout=0.5):
                what, batch, alone = self.inflight.pop(future)
                try:
                    value = future.result()
                except Exception as exc:  # the worker died under this batch (or beside it)
                    self._crashed(what, batch, alone, exc)
                    continue
                self._prepared(value) if what == "prepare" else self._verified(value)
                self.journal.commit()
            self.progress.tick()
        self.journal.commit()

    def _submit(self, what: str, batch: list, alone: bool = False) -> None:
        assert self.engine is not None, "_Run._submit() outside run()"
        if what == "prepare":
            future = self.engine.submit(prepare_batch, batch, self.opts.limits.page_bytes)
        else:
            config = VerifierConfig(self.opts.facts, self.opts.contradict, self.opts.support)
            future = self.engine.submit(verify_batch, [(p.sha, p.text, p.kind) for p in batch], config)
        self.inflight[future] = (what, batch, alone)

    def _crashed(self, what: str, batch: list, alone: bool, exc: Exception) -> None:
        """A worker died (a page that kills its parser, or memory ran out). Which page did it is not
        known, so every page of the failed tasks is tried again alone, with nothing beside it; a page
        whose worker dies when it is alone is an error row."""
        assert self.engine is not None, "_Run._crashed() outside run()"
        self.engine.recover()
        if not alone:
            self.suspects.extend((what, item) for item in batch)
            return
        reason = f"the worker checking this page died ({type(exc).__name__})"
        if what == "prepare":
            self._error(batch[0].source, batch[0].url, reason, batch[0].weight)
        else:
            sha = batch[0].sha
            self.failed[sha] = reason
            for page in self.waiting.pop(sha, []):
                self._error(page.source, page.url, reason, page.weight)
        self.journal.commit()

    def _count(self, what: str) -> int:
        return sum(1 for kind, _, _ in self.inflight.values() if kind == what)

    def _next_batch(self, pages) -> tuple[list[RawPage], bool]:
        batch: list[RawPage] = []
        for item in pages:
            if isinstance(item, Credit):
                self.progress.credit(item.weight)
            elif item.source in self.done_pages:
                self.progress.credit(item.weight)
                self.progress.skipped += 1
                self.progress.skipped_bytes += item.weight
            elif isinstance(item, PageError):
                self._error(item.source, item.url, item.reason, item.weight)
            else:
                batch.append(item)
                if len(batch) >= self.opts.batch:
                    return batch, False
        return batch, True

    def _error(self, source: str, url: str, reason: str, weight: int) -> None:
        self.journal.add({"t": "error", "source": source, "url": url, "reason": reason})
        self.done_pages.add(source)
        self.new_pages += 1
        self.progress.page(weight, error=True)

    def _page(self, page: Prepared) -> None:
        self.journal.add({"t": "page", "source": page.source, "url": page.url, "sha": page.sha})
        self.done_pages.add(page.source)
        self.new_pages += 1
        contradicted, unsupported = self.results[page.sha]
        self.progress.page(page.weight, {"contradicted": contradicted, "unsupported": unsupported})

    def _prepared(self, items) -> None:
        for item in items:
            if item.source in self.done_pages:  # the same page named twice (a file given twice)
                continue
            if isinstance(item, PageError):
                self._error(item.source, item.url, item.reason, item.weight)
            elif item.sha in self.results:
                self._page(item)
            elif item.sha in self.failed:
                self._error(item.source, item.url, self.failed[item.sha], item.weight)
            elif item.sha in self.waiting:
                self.waiting[item.sha].append(item)
            else:
                self.waiting[item.sha] = [item]
                self.to_verify.append(item)

    def _verified(self, value: dict) -> None:
        if value["facts_sha"] != self.facts_sha:
            raise AuditError(
                "a worker loaded another fact table (sha256 "
                f"{value['facts_sha'][:16]}, not {self.facts_sha[:16]}); install the same verify "
                "and table on every worker"
            )
        for sha, record, error in value["results"]:
            pages = self.waiting.pop(sha, [])
            if record is None:
                self.failed[sha] = error
                for page in pages:
                    self._error(page.source, page.url, error, page.weight)
                continue
            self.journal.add({"t": "result", "sha": sha, **record})
            self.results[sha] = _counts(record["findings"])
            for page in pages:
                self._page(page)


def _counts(findings: list[dict]) -> tuple[int, int]:
    """What the progress line counts of a text's findings: (contradicted, unsupported). A tuple, not a
    dict: the audit keeps one per text it has verified."""
    verdicts = [f["verdict"] for f in findings]
    return verdicts.count("contradicted"), verdicts.count("unsupported")


def run_audit(opts: AuditOptions, stream=None) -> dict:
    """Run (or resume) an audit and write its report; returns the manifest's counts."""
    from ..kb import load_kb, load_kbs
    from .engine import start_engine
    from .report import write_report

    out = Path(opts.out)
    _prepare_out(out)
    lock = _lock(out)
    try:
        facts = tuple(str(Path(f).resolve()) for f in opts.facts)
        kb = load_kbs(list(facts)) if facts else load_kb()
        opts = AuditOptions(**{**asdict(opts), "facts": facts, "limits": opts.limits})
        files = expand_inputs(opts.inputs, opts.include, opts.exclude)
        missing = [f for f in files if not os.path.exists(f)]
        if missing:
            raise AuditError(f"{missing[0]}: no such file or folder")
        if not files:
            raise AuditError(f"{', '.join(opts.inputs)}: no files to audit (include: {', '.join(opts.include)})")
        journal_path = out / JOURNAL
        start_journal(journal_path, header(opts, kb.info.sha256), opts)
        journal = Journal(journal_path)
        progress = Progress(sum(input_size(f) for f in files), opts.progress, opts.log_every, stream)
        run = _Run(opts, journal, progress, kb.info.sha256)
        run.load(journal_path)
        journal.open()
        started, clock = time.time(), time.monotonic()
        engine = None
        previous = _install_sigterm()
        try:
            config = VerifierConfig(opts.facts, opts.contradict, opts.support)
            engine = start_engine(opts.engine, opts.workers, config, opts.scheduler)
            setup = time.monotonic() - clock
            run.run(engine, iter_pages(files, opts.limits))
        except KeyboardInterrupt:
            journal.commit()
            _session(journal, opts, started, clock, run, complete=False)
            if engine is not None:
                engine.close(kill=True)
                engine = None
            progress.finish()
            raise AuditInterrupted(
                f"audit interrupted: {len(run.done_pages)} pages are saved in {out}; run the "
                "same command with --resume to go on"
            ) from None
        finally:
            signal.signal(signal.SIGTERM, previous)
            if engine is not None:
                engine.close()
        progress.finish()
        _session(journal, opts, started, clock, run, complete=True, setup=setup)
        journal.close()
        del run  # its per-page sets are not needed by the report, which is read from the journal
        return write_report(out, journal_path, opts, files, kb.info)
    finally:
        lock.close()


def engine_name(opts: AuditOptions) -> str:
    return "dask" if opts.scheduler or opts.engine == "dask" else "local"


def _session(journal, opts, started, clock, run, *, complete, setup=None) -> None:
    """A session's record: when, how long (and how much of it starting the workers), pages, engine."""
    journal.add(
        {
            "t": "session",
            "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
            "seconds": round(time.monotonic() - clock, 3),
            "setup_seconds": None if setup is None else round(setup, 3),
            "pages": run.new_pages,
            "engine": engine_name(opts),
            "workers": getattr(run.engine, "workers", None),
            "scheduler": opts.scheduler,
            "complete": complete,
        }
    )
    journal.commit()


def _prepare_out(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise AuditError(f"{out}: exists and is not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AuditError(f"{out}: cannot create the output folder ({exc.strerror or exc})") from None


def _lock(out: Path):
    import fcntl

    fh = open(out / ".lock", "w")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        fh.close()
        raise AuditError(f"{out}: another audit is writing to this folder") from None
    return fh


def _install_sigterm():
    def handler(signum, frame):
        raise KeyboardInterrupt

    return signal.signal(signal.SIGTERM, handler)
