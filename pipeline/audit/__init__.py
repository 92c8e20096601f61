"""Batch audits: verify thousands of scraped pages on every local core or on a Dask cluster.

    from pipeline.audit import AuditOptions, run_audit
    run_audit(AuditOptions(inputs=("site/",), out="reports/site"))

The package, in the order a page goes through it:

- `inputs`: the pages of files, folders, JSONL and WARC files, streamed one at a time (bad ones as errors);
- `engine`: where batches run, a local process pool or a Dask cluster;
- `work`: what the workers run, preparing a page (decode, extract the main text) and verifying texts;
- `run`: one audit, keeping the workers busy, deduplicating texts, committing every result;
- `journal`: the append-only, fsynced record of what is done, which `--resume` goes on from;
- `progress`: the progress bar or log lines;
- `report`: the report files, written from the journal alone, sorted and atomic;
- `index_page`: index.html, the summary to open in a browser.
"""

from __future__ import annotations

from ..errors import AuditError, EngineError
from .journal import Journal, read_journal
from .progress import Progress
from .run import AuditInterrupted, AuditOptions, engine_name, run_audit

__all__ = [
    "AuditError",
    "AuditInterrupted",
    "AuditOptions",
    "EngineError",
    "Journal",
    "Progress",
    "engine_name",
    "read_journal",
    "run_audit",
]
