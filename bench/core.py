"""The benchmark's building blocks: a figure registry, timing statistics and results.

A figure is a function `(BenchEnv) -> Result`, registered with `@FIGURES.add(key, title, target)`. It
returns what it measured (one or more values), the floor measured in the same run where the issue names
one, and whether the target is met. Figures for features that have not landed return
`Result.not_landed()`; replace them when the feature lands (see bench/figures.py).
"""

from __future__ import annotations

import gc
import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

NOT_LANDED = "ikke målt – funktionen er ikke landet endnu"


@dataclass(frozen=True)
class Stats:
    """Several runs of one measurement (seconds or MB); `cpu` the CPU seconds of the same runs, when known
    (on a machine shared with other work the CPU time is the steadier figure: waiting for a core is not
    counted)."""

    values: tuple[float, ...]
    cpu: tuple[float, ...] = ()

    @property
    def cpu_median(self) -> float | None:
        return statistics.median(self.cpu) if self.cpu else None

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def min(self) -> float:
        return min(self.values)

    @property
    def max(self) -> float:
        return max(self.values)

    @property
    def stdev(self) -> float:
        return statistics.stdev(self.values) if len(self.values) > 1 else 0.0

    def pct(self, p: float) -> float:
        """The p-th percentile (nearest rank), e.g. pct(95)."""
        ordered = sorted(self.values)
        k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
        return ordered[k]

    def noise(self, scale: float = 1000.0, unit: str = "ms") -> str:
        return (f"n={len(self.values)}, min {fmt(self.min * scale)} / max {fmt(self.max * scale)} {unit}, "
                f"sd {fmt(self.stdev * scale)}")


def fmt(value: float | None) -> str:
    if value is None:
        return "–"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def timed(fn: Callable[[], object], runs: int, warmup: int = 1) -> Stats:
    """Wall-clock seconds of `fn` over `runs` runs after `warmup` unmeasured ones (GC off while timing)."""
    for _ in range(warmup):
        fn()
    values, cpu = [], []
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            c0, t0 = time.process_time(), time.perf_counter()
            fn()
            values.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        finally:
            gc.enable()
    return Stats(tuple(values), tuple(cpu))


def children_cpu() -> float:
    """CPU seconds used so far by finished child processes (user + system)."""
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


@dataclass
class Result:
    """One row of the table. `measured` holds the value(s) shown, `main` names the one compared with the
    target and the floor (same unit), `ok` is None when nothing could be measured."""

    measured: dict[str, float] = field(default_factory=dict)
    unit: str = "ms"
    main: str = ""
    floor: float | None = None
    ok: bool | None = None
    cpu: float | None = None  # CPU time of the main value (same unit), where measured
    noise: str = ""
    note: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def value(self) -> float | None:
        if not self.measured:
            return None
        return self.measured.get(self.main, next(iter(self.measured.values())))

    @property
    def ratio(self) -> float | None:
        if self.floor is None or self.value is None or self.floor <= 0:
            return None
        return self.value / self.floor

    @classmethod
    def not_landed(cls) -> Result:
        return cls(note=NOT_LANDED)


def within(value: float, *, limit: float | None = None, floor: float | None = None,
           max_ratio: float | None = None) -> bool:
    ok = True
    if limit is not None:
        ok = ok and value <= limit
    if max_ratio is not None and floor:
        ok = ok and value <= max_ratio * floor
    return ok


@dataclass(frozen=True)
class Figure:
    key: str
    title: str
    target: str
    fn: Callable[[BenchEnv], Result]


class FigureRegistry:
    def __init__(self) -> None:
        self._figures: dict[str, Figure] = {}

    def add(self, key: str, title: str, target: str):
        def register(fn: Callable[[BenchEnv], Result]):
            self._figures[key] = Figure(key, title, target, fn)  # re-adding a key replaces the figure
            return fn
        return register

    def __iter__(self):
        return iter(self._figures.values())

    def keys(self) -> list[str]:
        return list(self._figures)


@dataclass
class BenchEnv:
    """What every figure gets: the cached scale database, facts about it, and the run settings."""

    db: Path
    meta: dict  # busy consultant id, big company id, counts (bench/data.py)
    runs: int
    work: Path  # scratch folder for this run
    today: str = "2026-11-24"
    quick: bool = False

    def services(self):
        import datetime as dt

        from jobcrm.clock import Clock
        from jobcrm.services.registry import Services

        return Services.open(self.db, Clock(fixed_today=dt.date.fromisoformat(self.today)))

    def env(self) -> dict:
        """Environment for subprocesses: offscreen Qt, a private data folder."""
        return dict(os.environ, QT_QPA_PLATFORM="offscreen", JOBCRM_DATA_DIR=str(self.work / "userdata"))


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc; falls back to the peak from getrusage)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
