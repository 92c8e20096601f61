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
import re
import signal
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import AuditError
from .inputs import Credit, Limits, PageError, RawPage, Skipped, expand_inputs, input_size, iter_pages
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
    engine: str | None = None  # "local" or "dask"; None: local, or the cluster at `scheduler`
    workers: int | None = None  # default: every core (local), or the cluster's workers
    scheduler: str | None = None  # tcp://HOST:PORT of an existing Dask cluster
    facts: tuple[str, ...] = ()
    contradict: float = 70.0
    support: float = 60.0
    batch: int = 8  # pages per task (one nlp.pipe stream)
    limits: Limits = field(default_factory=Limits)
    statuses: str = "2xx"  # "2xx": responses with another HTTP status are skipped (counted); "all"
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
            elif kind in ("page", "error", "skip"):
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
            elif isinstance(item, Skipped):
                self._skip(item)
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

    def _skip(self, item: Skipped) -> None:
        """A record that is not a page to audit: in the journal (counted by reason), not in the report's pages."""
        self.journal.add({"t": "skip", "source": item.source, "url": item.url, "reason": item.reason})
        self.done_pages.add(item.source)
        self.progress.credit(item.weight)

    def _page(self, page: Prepared) -> None:
        record = {"t": "page", "source": page.source, "url": page.url, "sha": page.sha, "seq": page.seq}
        self.journal.add({**record, "status": page.status})
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
    """Run (or resume) an audit and write its report; returns the manifest's counts. An audit that
    fails before its workers are up (a bad option, input or table, a cluster out of reach) leaves
    nothing behind: the journal and lock it made and the output folder, if it made it and it is empty."""
    from .report import write_report

    check_options(opts)
    out = Path(opts.out)
    created = _prepare_out(out)
    lock = _lock(out)
    journal_path, new_journal = out / JOURNAL, False
    previous = _install_sigterm()
    try:
        try:
            opts, kb, files = _resolve(opts)
            new_journal = start_journal(journal_path, header(opts, kb.info.sha256), opts)
            started, clock = time.time(), time.monotonic()
            engine = _start_engine(opts)
        except BaseException:
            _undo_start(out, created, journal_path if new_journal else None)
            raise
        _audit(opts, engine, journal_path, files, kb.info.sha256, stream, (started, clock))
        return write_report(out, journal_path, opts, files, kb.info)
    finally:
        signal.signal(signal.SIGTERM, previous)
        lock.close()


def check_options(opts: AuditOptions) -> None:
    """Options that contradict each other, or a scheduler address Dask cannot use: one line, before
    anything is created."""
    if opts.resume and opts.overwrite:
        raise AuditError("--resume and --overwrite contradict each other: go on with the audit, or start again")
    if opts.scheduler is not None:
        if opts.engine == "local":
            raise AuditError("--scheduler runs the audit on a Dask cluster; it cannot be combined with --engine local")
        if not _SCHEDULER.fullmatch(opts.scheduler):
            raise AuditError(
                f"--scheduler {opts.scheduler!r}: not a Dask scheduler address (tcp://HOST:PORT, tls://HOST:PORT)"
            )
    if opts.statuses not in ("2xx", "all"):
        raise AuditError(f"--include-status {opts.statuses!r}: want 2xx or all")


# tcp://HOST:PORT (or tls://, ucx://, ws://, wss://), or HOST:PORT; a host alone is not an address
_SCHEDULER = re.compile(
    r"(?:(?:tcp|tls|ucx|ws|wss)://(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+)(?::\d{1,5})?)"
    r"|(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+):\d{1,5}"
)


def _resolve(opts: AuditOptions):
    """The options with absolute fact table paths, the fact table loaded, the input files expanded."""
    from ..kb import load_kb, load_kbs

    facts = tuple(str(Path(f).resolve()) for f in opts.facts)
    kb = load_kbs(list(facts)) if facts else load_kb()
    opts = AuditOptions(**{**asdict(opts), "facts": facts, "limits": opts.limits})
    files = expand_inputs(opts.inputs, opts.include, opts.exclude)
    missing = [f for f in files if not os.path.exists(f)]
    if missing:
        raise AuditError(f"{missing[0]}: no such file or folder")
    if not files:
        raise AuditError(f"{', '.join(opts.inputs)}: no files to audit (include: {', '.join(opts.include)})")
    return opts, kb, files


def _start_engine(opts: AuditOptions):
    from .engine import start_engine

    config = VerifierConfig(opts.facts, opts.contradict, opts.support)
    return start_engine(opts.engine or "local", opts.workers, config, opts.scheduler)


def _undo_start(out: Path, created: bool, journal: Path | None) -> None:
    """Remove what an audit that never started made."""
    for path in (journal, out / ".lock"):
        if path is not None:
            path.unlink(missing_ok=True)
    if created:
        try:
            out.rmdir()  # only if empty
        except OSError:
            pass


def _audit(opts: AuditOptions, engine, journal_path: Path, files, facts_sha: str, stream, start) -> None:
    """Check every page not done yet with the started `engine`, committing each result."""
    started, clock = start
    setup = time.monotonic() - clock
    journal = Journal(journal_path)
    progress = Progress(sum(input_size(f) for f in files), opts.progress, opts.log_every, stream)
    run = _Run(opts, journal, progress, facts_sha)
    try:
        run.load(journal_path)
        journal.open()
        run.run(engine, iter_pages(files, opts.limits, opts.statuses))
    except KeyboardInterrupt:
        journal.commit()
        _session(journal, opts, started, clock, run, complete=False)
        engine.close(kill=True)
        engine = None
        progress.finish()
        raise AuditInterrupted(
            f"audit interrupted: {len(run.done_pages)} pages are saved in {journal_path.parent}; run the "
            "same command with --resume to go on"
        ) from None
    finally:
        if engine is not None:
            engine.close()
    progress.finish()
    _session(journal, opts, started, clock, run, complete=True, setup=setup)
    journal.close()


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


def _prepare_out(out: Path) -> bool:
    """Make the output folder; True if this run made it."""
    if out.exists() and not out.is_dir():
        raise AuditError(f"{out}: exists and is not a folder")
    try:
        if out.is_dir():
            return False
        out.mkdir(parents=True)
        return True
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
