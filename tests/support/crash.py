"""Running a command in a child process and killing it (SIGKILL) at a chosen moment.

A probe is a condition the parent can see from outside the child: a file appeared, a
row was committed. A complete run, polled with the probes, gives the timeline of the
child's life (when each probe turned true, when it exited). Each kill is anchored on the
launch or on a probe and comes a random delay after it, drawn within that phase of the
timeline, so that kills land in every phase, the short ones included.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

LAUNCH = "launch"
POLL_S = 0.005
TIMEOUT_S = 300.0
SHORTEST_WINDOW_S = 0.005


@dataclass(frozen=True)
class Probe:
    """A condition seen from outside the child; *close* frees what looking at it holds."""

    name: str
    seen: Callable[[], bool]
    close: Callable[[], None] = lambda: None


def file_appears(name: str, folder: Path, pattern: str) -> Probe:
    """True once a file matching *pattern* exists in *folder*."""
    return Probe(name, lambda: folder.is_dir() and any(folder.glob(pattern)))


class _Query:
    """One read-only connection, kept between polls (opening one per poll costs the child
    CPU time); each poll is a read transaction of its own."""

    def __init__(self, database: Path, sql: str, expected: object) -> None:
        self.database, self.sql, self.expected = database, sql, expected
        self.connection: sqlite3.Connection | None = None

    def seen(self) -> bool:
        try:
            if self.connection is None:
                uri = f"file:{self.database}?mode=ro"
                self.connection = sqlite3.connect(uri, uri=True, timeout=0.05)
            rows = self.connection.execute(self.sql).fetchall()
        except sqlite3.Error:
            self.close()
            return False
        return bool(rows) and rows[0][0] == self.expected

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def query_answers(name: str, database: Path, sql: str, expected: object) -> Probe:
    """True once *sql* (one value) returns *expected* on a read-only connection."""
    query = _Query(database, sql, expected)
    return Probe(name, query.seen, query.close)


@dataclass(frozen=True)
class Timeline:
    """Seconds from the launch at which each probe was first seen true, and the exit."""

    marks: dict[str, float]
    exit: float

    def window(self, anchor: str) -> float:
        """How long the phase starting at *anchor* lasted: until the next mark or the exit."""
        start = 0.0 if anchor == LAUNCH else self.marks[anchor]
        later = [t for t in (*self.marks.values(), self.exit) if t > start]
        end = self.exit if anchor == LAUNCH else min(later, default=self.exit)
        return max(end - start, SHORTEST_WINDOW_S)

    def describe(self) -> str:
        phases = ", ".join(f"{name} at {t:.3f} s" for name, t in self.marks.items())
        return f"{phases}, exit at {self.exit:.3f} s"


@dataclass(frozen=True)
class Kill:
    """Run *index* is killed *delay* seconds after *anchor* (the launch or a probe)."""

    index: int
    anchor: str
    delay: float
    seed: int

    def describe(self) -> str:
        return f"seed {self.seed}, run {self.index}: kill {self.delay:.3f} s after {self.anchor}"


def plan_kills(count: int, timeline: Timeline, anchors: Sequence[str], seed: int) -> list[Kill]:
    """*count* kills, taking the anchors in turn, each at a random moment of its phase.

    Each run has its own generator (seeded with *seed* and its index), so one run can be
    reproduced alone."""
    kills = []
    for index in range(count):
        anchor = anchors[index % len(anchors)]
        rng = random.Random(f"{seed}:{index}")
        kills.append(Kill(index, anchor, rng.uniform(0.0, timeline.window(anchor)), seed))
    return kills


def sigkill_status() -> int:
    """The return code of a child ended by SIGKILL."""
    return -int(getattr(signal, "SIGKILL", 9))


def _launch(command: Sequence[str], log: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    with log.open("wb") as errors:
        return subprocess.Popen(
            list(command),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=errors,
            env=env,
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()
    process.wait()


def _close(probes: Sequence[Probe]) -> None:
    for probe in probes:
        probe.close()


def log_tail(log: Path, size: int = 2000) -> str:
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    return text[-size:]


def run_to_end(
    command: Sequence[str], probes: Sequence[Probe], log: Path, env: dict[str, str]
) -> Timeline:
    """Run *command* to its end, noting when each probe is first seen true.

    The probes are given in the order they turn true; only the next one is polled, so
    that looking costs the child as little as in a run that is killed."""
    started = time.perf_counter()
    process = _launch(command, log, env)
    marks: dict[str, float] = {}
    pending = list(probes)
    try:
        while True:
            finished = process.poll() is not None
            while pending and pending[0].seen():
                marks[pending[0].name] = time.perf_counter() - started
                pending.pop(0).close()
            if finished:
                break
            if time.perf_counter() - started > TIMEOUT_S:
                raise AssertionError(f"{command} did not finish in {TIMEOUT_S} s")
            time.sleep(POLL_S)
    finally:
        _stop(process)
        _close(probes)
    ended = time.perf_counter() - started
    assert process.returncode == 0, f"{command} failed: {log_tail(log)}"
    missing = [probe.name for probe in probes if probe.name not in marks]
    assert not missing, f"{command}: never seen: {missing}"
    return Timeline(marks, ended)


def _wait_for(process: subprocess.Popen[bytes], probe: Probe) -> None:
    """Return once *probe* is true or the child has ended."""
    started = time.perf_counter()
    while process.poll() is None and not probe.seen():
        if time.perf_counter() - started > TIMEOUT_S:
            raise AssertionError(f"{probe.name} not seen in {TIMEOUT_S} s")
        time.sleep(POLL_S)


def run_and_kill(
    command: Sequence[str],
    probes: Sequence[Probe],
    kill: Kill,
    log: Path,
    env: dict[str, str],
) -> int:
    """Run *command* and kill it as *kill* says (unless it ended before); its return code."""
    by_name = {probe.name: probe for probe in probes}
    process = _launch(command, log, env)
    try:
        if kill.anchor != LAUNCH:
            _wait_for(process, by_name[kill.anchor])
        try:
            process.wait(timeout=kill.delay)
        except subprocess.TimeoutExpired:
            process.kill()
        process.wait(timeout=TIMEOUT_S)
    finally:
        _stop(process)
        _close(probes)
    return process.returncode


def child_env(config_dir: Path) -> dict[str, str]:
    """The environment of a child: the parent's, away from the user's configuration."""
    env = dict(os.environ)
    env["FWGDESK_CONFIG_DIR"] = str(config_dir)
    env["XDG_CONFIG_HOME"] = str(config_dir)
    env.pop("FWGDESK_DATA_DIR", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env
