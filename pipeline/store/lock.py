"""One writer at a time: `build` and `update` hold `<db>.lock` while they write.

The lock is an flock on `<db>.lock`, and the file records its holder: pid, the process's start
time (so a pid the system has since given to another process is not mistaken for it), when it
took the lock and its deadline — by when a run of its kind must have finished (`update`: its
`run_seconds` and one document's budget; `build`: every document's budget).  So no run holds
the database forever:

- a holder that died (even by SIGKILL) holds nothing: the kernel drops its flock, and the next
  run takes over, saying which run ended without releasing it;
- a holder still running past its deadline is stuck (a server holding it, a hung library): the
  next run stops it (SIGTERM, then SIGKILL), says so, and takes over.  Stopping a run at any
  point is safe: every document is loaded in one transaction, and the next run completes the
  work of one that did not finish.

A run that finds the lock taken by a live holder within its deadline waits up to `wait`
seconds, then stops with `Locked`, whose message names the database and the holder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import logging
import os
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

log = logging.getLogger(__name__)

POLL_SECONDS = 0.2
STOP_SECONDS = 10.0  # how long a holder past its deadline has to end after SIGTERM, before SIGKILL


class Locked(Exception):
    """Another run holds the database's lock."""


@dataclass(frozen=True)
class Holder:
    """What `<db>.lock` says of the run holding it."""

    pid: int
    started: str  # when it took the lock (UTC, ISO 8601)
    deadline: float | None = None  # seconds since the epoch by which it must have finished; None: none
    process_start: int | None = None  # the process's start time in clock ticks since boot (Linux)

    def describe(self) -> str:
        until = f", due to finish by {_iso(self.deadline)}" if self.deadline is not None else ""
        return f"pid {self.pid}, since {self.started}{until}"

    def overdue(self, now: float) -> bool:
        return self.deadline is not None and now > self.deadline

    def alive(self) -> bool:
        """Whether this very process still runs (not another that was given its pid)."""
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            pass  # it exists, but is someone else's
        return self.process_start is None or _process_start(self.pid) == self.process_start


class Lock:
    """The lock while it is held: `extend` sets the holder's deadline once it is known."""

    def __init__(self, fd: int, holder: Holder) -> None:
        self._fd, self.holder = fd, holder

    def extend(self, seconds: float | None) -> None:
        """From now on the holder must finish within `seconds` (None: no deadline)."""
        deadline = None if seconds is None else time.time() + seconds
        self.holder = Holder(self.holder.pid, self.holder.started, deadline, self.holder.process_start)
        _write(self._fd, self.holder)


@contextmanager
def exclusive(db_path: Path, wait: float = 0.0, deadline: float | None = None) -> Iterator[Lock]:
    """Hold `<db>.lock` for the whole run, promising to finish within `deadline` seconds (None:
    no promise); wait up to `wait` seconds for another run to finish; take over from a holder
    that died or is past its own deadline."""
    lock_path = db_path.with_name(db_path.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        stopped = _acquire(fd, db_path, wait)
        previous = _read(fd)
        if previous is not None and previous != stopped and previous.pid != os.getpid():
            # A holder that finishes empties the file: this one ended without doing so.
            log.warning(
                "%s: the run that held its lock (%s) ended without releasing it; this run takes over "
                "and completes its work",
                db_path,
                previous.describe(),
            )
        me = Holder(
            os.getpid(),
            dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            None if deadline is None else time.time() + deadline,
            _process_start(os.getpid()),
        )
        _write(fd, me)
        try:
            yield Lock(fd, me)
        finally:
            os.ftruncate(fd, 0)  # released in good order: the next holder finds nothing to take over
    finally:
        os.close(fd)  # releases the flock


def _acquire(fd: int, db_path: Path, wait: float) -> Holder | None:
    """Take the flock; returns the holder stopped on the way, if one was."""
    give_up = time.monotonic() + wait
    while True:
        if _try_lock(fd):
            return None
        holder = _read(fd)
        if holder is not None and holder.overdue(time.time()) and holder.alive() and _stop(fd, db_path, holder):
            return holder
        if time.monotonic() >= give_up:
            who = holder.describe() if holder else "pid unknown"
            raise Locked(
                f"{db_path} is being written by another protokoll run ({who}); "
                "nothing was done — try again when it has finished"
            ) from None
        time.sleep(POLL_SECONDS)


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _stop(fd: int, db_path: Path, holder: Holder) -> bool:
    """Stop a holder past its deadline: SIGTERM, then SIGKILL.  True once the flock is ours;
    False when the holder ended but someone else took the lock first."""
    log.warning(
        "%s: the run holding its lock (%s) is past its deadline; stopping it and taking over",
        db_path,
        holder.describe(),
    )
    for sig, grace in ((signal.SIGTERM, STOP_SECONDS), (signal.SIGKILL, STOP_SECONDS)):
        try:
            os.kill(holder.pid, sig)
        except ProcessLookupError:
            return _try_lock(fd)
        except PermissionError as e:
            raise Locked(
                f"{db_path} is held by a run past its deadline ({holder.describe()}), which this user "
                "may not stop; stop it, then run again"
            ) from e
        end = time.monotonic() + grace
        while time.monotonic() < end:
            if _try_lock(fd):
                return True
            if not holder.alive():
                return _try_lock(fd)
            time.sleep(POLL_SECONDS / 4)
    return _try_lock(fd)


def _read(fd: int) -> Holder | None:
    text = os.pread(fd, 4096, 0).decode("utf-8", "replace").strip()
    if not text:
        return None
    try:
        data = json.loads(text)
        return Holder(int(data["pid"]), str(data["started"]), data.get("deadline"), data.get("process_start"))
    except (ValueError, KeyError, TypeError):
        return None  # a lock file from an older version, or garbage: nobody to verify or stop


def _write(fd: int, holder: Holder) -> None:
    os.ftruncate(fd, 0)
    try:
        os.pwrite(fd, (json.dumps(asdict(holder)) + "\n").encode(), 0)
    except OSError as e:  # a full disk: the flock holds all the same, only unexplained to others
        log.warning("the lock's record of its holder could not be written (%s)", e.strerror or e)


def _process_start(pid: int) -> int | None:
    """A process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat), or None."""
    with contextlib.suppress(OSError, ValueError, IndexError), open(f"/proc/{pid}/stat", "rb") as f:
        return int(f.read().rsplit(b")", 1)[1].split()[19])
    return None


def _iso(seconds: float) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat(timespec="seconds")
