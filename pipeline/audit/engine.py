"""Where the audit's batches run: a local process pool, or a Dask cluster (local or existing).

Both engines offer the same three calls: `submit(fn, *args)` -> future, `wait(futures, timeout)` ->
the finished ones, `close(kill)`. Results are the same whichever engine ran them.
"""

from __future__ import annotations

import os

from ..errors import EngineError
from .work import VerifierConfig, init_worker, warm


def cpu_count() -> int:
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except (AttributeError, OSError):
        return os.cpu_count() or 1


class LocalEngine:
    """A pool of worker processes on this machine, each with the model loaded once (initializer)."""

    name = "local"

    def __init__(self, workers: int, config: VerifierConfig):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.workers, self.config = workers, config
        self.context, self.executor = multiprocessing.get_context("spawn"), ProcessPoolExecutor
        self.pool = self._start()

    def _start(self):
        pool = self.executor(
            max_workers=self.workers, mp_context=self.context, initializer=init_worker, initargs=(self.config,)
        )
        # start every worker (each loads the model in its initializer) before the first page
        for future in [pool.submit(warm, self.config) for _ in range(self.workers)]:
            future.result()
        return pool

    def recover(self) -> None:
        """After a worker died: a process pool is broken for good, so start a new one."""
        from concurrent.futures.process import BrokenProcessPool

        try:
            self.pool.submit(int).result()
        except BrokenProcessPool:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self._start()

    def submit(self, fn, *args):
        return self.pool.submit(fn, *args)

    def wait(self, futures, timeout: float):
        from concurrent.futures import FIRST_COMPLETED, wait

        done, _ = wait(futures, timeout=timeout, return_when=FIRST_COMPLETED)
        return done

    def close(self, kill: bool = False) -> None:
        if not kill:
            self.pool.shutdown(wait=True)
            return
        # Ctrl-C: the workers ignore SIGINT; stop them without waiting for their batches, then wait for
        # the pool's manager thread, so it cannot print an error after the "interrupted" message
        processes = list((getattr(self.pool, "_processes", None) or {}).values())
        manager = getattr(self.pool, "_executor_manager_thread", None)
        self.pool.shutdown(wait=False, cancel_futures=True)
        for p in processes:
            if p.is_alive():
                p.terminate()
        for p in processes:
            p.join(timeout=5)
        if manager is not None:
            manager.join(timeout=5)


class DaskEngine:
    """Dask distributed: a LocalCluster of `workers` processes, or the cluster at `scheduler`."""

    name = "dask"

    def __init__(self, workers: int, config: VerifierConfig, scheduler: str | None = None):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise EngineError("the dask engine needs dask[distributed]: pip install 'dask[distributed]'") from None
        self.cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="10s")
            else:
                self.cluster = _local_cluster(LocalCluster, workers)
                self.client = Client(self.cluster)
        except (OSError, TimeoutError, ValueError, TypeError) as exc:  # ValueError: an address Dask cannot parse
            where = scheduler or "a local Dask cluster"
            raise EngineError(f"cannot connect to {where} ({type(exc).__name__}: {exc})") from None
        self.workers = len(self.client.scheduler_info().get("workers", {})) or workers
        shas = set(self.client.run(warm, config).values())  # load the model on every worker now
        if len(shas) > 1:
            self.close()
            raise EngineError("the Dask workers do not all load the same fact table")

    def submit(self, fn, *args):
        return self.client.submit(fn, *args, pure=False)

    def recover(self) -> None:
        """Dask's nannies restart a dead worker themselves."""

    def wait(self, futures, timeout: float):
        from distributed import wait

        try:
            done, _ = wait(list(futures), timeout=timeout, return_when="FIRST_COMPLETED")
        except TimeoutError:
            return set()
        return done

    def close(self, kill: bool = False) -> None:
        try:
            self.client.close()
        finally:
            if self.cluster is not None:
                self.cluster.close()


def _local_cluster(local_cluster, workers: int):
    """A LocalCluster of `workers` single-threaded processes, without the workers' statistical profiler:
    it samples the task thread's stack every 10 ms, and spaCy's deep stacks made it cost about 40% of
    the audit's throughput (benchmarks/audit_throughput.py). The nannies hand this setting to their
    workers; the workers of an existing cluster (--scheduler) keep their own configuration."""
    import dask

    with dask.config.set({"distributed.worker.profile.enabled": False}):
        return local_cluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=50
        )


def start_engine(engine: str, workers: int | None, config: VerifierConfig, scheduler: str | None = None):
    if scheduler:
        return DaskEngine(workers or 0, config, scheduler)
    if engine == "dask":
        return DaskEngine(workers or cpu_count(), config)
    return LocalEngine(workers or cpu_count(), config)
