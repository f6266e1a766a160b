"""A rich progress bar for batch runs: articles/s and the time left.

The total is known in advance only for inputs that are cheap to count (lines of
``.jsonl[.gz]``, ``.txt`` files); with HTML, feeds or WARC files in the inputs the
bar shows counts and speed without an ETA rather than read the archive twice.
"""
from __future__ import annotations

import gzip
import os
import sys
import time

from hadath.io.readers import JSONL_SUFFIXES, _walk


def count_inputs(paths) -> int | None:
    """How many documents the inputs hold, or None when that is costly to know."""
    total = 0
    for path in paths:
        if path == "-":
            return None
        files = _walk(path) if os.path.isdir(path) else [path]
        for name in files:
            low = name.lower()
            if low.endswith(".txt"):
                total += 1
            elif low.endswith(JSONL_SUFFIXES):
                opener = gzip.open if low.endswith(".gz") else open
                try:
                    with opener(name, "rb") as f:
                        total += sum(1 for line in f if line.strip())
                except OSError:
                    return None
            elif os.path.exists(name):
                return None
    return total


class BatchProgress:
    def __init__(self, paths, enabled: bool = True):
        self.enabled = enabled and sys.stderr.isatty()
        self.paths = paths
        self.progress = None
        self.started = time.perf_counter()
        self.new = 0

    def __enter__(self) -> "BatchProgress":
        if self.enabled:
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                       TimeRemainingColumn)
            self.progress = Progress(TextColumn("extracting"), BarColumn(),
                                     MofNCompleteColumn(),
                                     TextColumn("{task.fields[rate]:.1f} articles/s"),
                                     TimeRemainingColumn(), transient=False)
            self.progress.__enter__()
            self.task = self.progress.add_task("batch", total=count_inputs(self.paths),
                                               rate=0.0)
        return self

    def update(self, record, inputs: int, fresh: bool = True) -> None:
        """Called once per chunk, finished now or found finished by an earlier run."""
        if self.progress is None:
            return
        self.new += len(record.ids) if fresh else 0
        rate = self.new / max(time.perf_counter() - self.started, 1e-9)
        self.progress.update(self.task, advance=inputs, rate=rate)

    def __exit__(self, *exc) -> None:
        if self.progress is not None:
            self.progress.__exit__(*exc)
