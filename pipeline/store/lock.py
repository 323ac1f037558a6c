"""One writer at a time: `build` and `update` hold `<db>.lock` while they write.

The kernel drops an flock when its holder dies, so a killed run never leaves a stale lock.
A run that finds the lock taken waits up to `wait` seconds, then stops with `Locked`, whose
message names the database and the holder.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

POLL_SECONDS = 0.2


class Locked(Exception):
    """Another run holds the database's lock."""


@contextmanager
def exclusive(db_path: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold `<db>.lock` for the whole run; wait up to `wait` seconds for another run to finish."""
    lock_path = db_path.with_name(db_path.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "pid unknown"
                    raise Locked(
                        f"{db_path} is being written by another protokoll run ({holder}); "
                        "nothing was done — try again when it has finished"
                    ) from None
                time.sleep(POLL_SECONDS)
        os.ftruncate(fd, 0)
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        os.pwrite(fd, f"pid {os.getpid()}, since {now}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the lock
