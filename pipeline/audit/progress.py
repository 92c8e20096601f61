"""The audit's progress: a bar on a terminal (pages/s, ETA from input bytes, findings so far), a plain
log line every few seconds elsewhere."""

from __future__ import annotations

import sys
import time


class Progress:
    """A bar on a terminal (pages/s, ETA, findings so far); a plain line every few seconds elsewhere."""

    def __init__(self, total_bytes: int, mode: str, every: float, stream=None):
        self.stream = stream or sys.stderr
        if mode == "auto":
            mode = "bar" if getattr(self.stream, "isatty", lambda: False)() else "log"
        self.mode, self.every, self.total = mode, every, max(total_bytes, 1)
        self.start = self.last = time.monotonic()
        self.bytes = self.pages = self.skipped = self.skipped_bytes = self.errors = 0
        self.verdicts = {"contradicted": 0, "unsupported": 0}

    def page(self, weight: int, counts: dict | None = None, error: bool = False) -> None:
        self.bytes += weight
        self.pages += 1
        self.errors += error
        for v in self.verdicts:
            self.verdicts[v] += (counts or {}).get(v, 0)

    def credit(self, weight: int) -> None:
        self.bytes += weight

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.start, 1e-9)
        rate = self.pages / elapsed
        done = min(self.bytes / self.total, 1.0)
        worked = self.bytes - self.skipped_bytes  # pages already done by an earlier run cost nothing now
        eta = elapsed * max(self.total - self.bytes, 0) / worked if worked > 0 else None
        skipped = f", {self.skipped} already done" if self.skipped else ""
        return (
            f"{self.pages} pages{skipped} ({done:.0%} of input), {rate:.1f} pages/s, ETA {_duration(eta)}; "
            f"{self.verdicts['contradicted']} contradicted, {self.verdicts['unsupported']} unsupported, "
            f"{self.errors} unreadable"
        )

    def tick(self, force: bool = False) -> None:
        now = time.monotonic()
        if self.mode == "none":
            return
        if self.mode == "bar":
            if force or now - self.last >= 0.2:
                done = min(self.bytes / self.total, 1.0)
                bar = "#" * int(done * 20)
                self.stream.write(f"\r\x1b[2K[{bar:<20}] {self.line()}")
                self.stream.flush()
                self.last = now
        elif force or now - self.last >= self.every:
            self.stream.write(f"verify audit: {self.line()}\n")
            self.stream.flush()
            self.last = now

    def finish(self) -> None:
        if self.mode == "bar":
            self.tick(force=True)
            self.stream.write("\n")
            self.stream.flush()
        elif self.mode == "log":
            self.tick(force=True)


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "unknown"
    seconds = int(round(seconds))
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    return f"{seconds // 60}m{seconds % 60:02d}s"
