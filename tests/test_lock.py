"""The store's lock: one writer at a time, and no run holds the database forever.

The holders are real processes (a child Python holding `exclusive`), killed or left to overrun
their deadline as a crashed or stuck `update` would be.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from pipeline.store.lock import Holder, Locked, exclusive

from .conftest import ROOT


@contextmanager
def holder(db_path: Path, deadline: float | None = None) -> Iterator[subprocess.Popen]:
    """A child process that takes the lock (promising to finish within `deadline` seconds) and
    then does nothing for a minute, as a run stuck on a server would."""
    script = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from pipeline.store.lock import exclusive
        with exclusive(Path({str(db_path)!r}), deadline={deadline!r}):
            print("held", flush=True)
            time.sleep(60)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(10)


def test_a_run_killed_while_holding_the_lock_holds_nothing_and_the_next_run_takes_over(tmp_path, caplog):
    db_path = tmp_path / "p.db"
    with holder(db_path) as child:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    with caplog.at_level("WARNING"), exclusive(db_path, wait=0) as lock:
        assert lock.holder.pid == os.getpid()
    assert f"the run that held its lock (pid {child.pid}, since " in caplog.text
    assert "ended without releasing it; this run takes over" in caplog.text
    caplog.clear()
    with caplog.at_level("WARNING"), exclusive(db_path, wait=0):  # released in good order: nothing to say
        pass
    assert not caplog.text


def test_a_holder_is_waited_for_within_its_deadline_and_stopped_past_it(tmp_path, caplog):
    db_path = tmp_path / "p.db"
    with holder(db_path, deadline=1.0) as child:
        with pytest.raises(Locked, match=rf"\(pid {child.pid}, since .*, due to finish by "), exclusive(db_path):
            pass  # within its deadline: left alone
        assert child.poll() is None
        with caplog.at_level("WARNING"), exclusive(db_path, wait=30) as lock:
            assert child.wait(10) == -signal.SIGTERM  # stopped, not merely outwaited: it slept for a minute
            assert lock.holder.pid == os.getpid()
    assert f"the run holding its lock (pid {child.pid}, since " in caplog.text
    assert "is past its deadline; stopping it and taking over" in caplog.text
    assert "ended without releasing" not in caplog.text  # one message, not two


def test_a_pid_the_system_gave_to_another_process_is_not_the_holder():
    me = Holder(os.getpid(), "2026-01-01T00:00:00+00:00")
    assert me.alive()
    start = Holder(os.getpid(), "", None, 0).alive()  # this pid, but a process that started at boot
    assert not start
