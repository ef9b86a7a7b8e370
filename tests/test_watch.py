"""Others' changes: the signal that something changed, and what the audit trail says."""

from __future__ import annotations

import time
from datetime import date

import pytest

from fwgdesk.db.engine import Database
from fwgdesk.db.models import State
from fwgdesk.db.watch import ChangeSignal, change_signal, changes_since, newest_entry
from fwgdesk.services import links

WAIT_S = 5.0


def signal_of(database: Database) -> ChangeSignal:
    path = database.path
    signal = change_signal(database.url, database.dialect, str(path) if path else None)
    assert signal is not None, f"no change signal on {database.dialect}"
    return signal


def fired(signal: ChangeSignal) -> bool:
    """Whether *signal* fires within a few seconds (a notification travels)."""
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        if signal.poll():
            return True
        time.sleep(0.05)
    return False


def test_another_clients_write_is_signalled_and_named(any_database: Database) -> None:
    signal = signal_of(any_database)
    try:
        with any_database.session() as session:
            seen = newest_entry(session)
        assert not signal.poll(), "the signal fired with no change"
        other = Database(any_database.url)  # another user, another window
        try:
            links.link(other, "KEN", ["WG8-R1"], on=date(2024, 3, 1))
        finally:
            other.dispose()
        assert fired(signal), "another client's write was not signalled"
        with any_database.session() as session:
            changes, newest = changes_since(session, seen)
        assert "recommendation_links" in changes.tables, f"the links are not named: {changes}"
        assert changes.states == frozenset({"KEN"}), f"the State is not named: {changes}"
        assert newest > seen, "the newest entry did not move"
        assert not signal.poll(), "the signal fired twice for one change"
    finally:
        signal.close()


def test_a_rolled_back_write_is_not_signalled(any_database: Database) -> None:
    signal = signal_of(any_database)
    try:
        with pytest.raises(RuntimeError), any_database.session() as session:
            state = session.get(State, "KEN")
            assert state is not None, "no Kenya in the bundled data"
            state.name_en = "Not Kenya"
            session.flush()
            raise RuntimeError("the operation fails after writing")
        assert not fired_quickly(signal), "a change that was not committed was signalled"
    finally:
        signal.close()


def fired_quickly(signal: ChangeSignal) -> bool:
    deadline = time.monotonic() + 0.5
    while time.monotonic() < deadline:
        if signal.poll():
            return True
        time.sleep(0.05)
    return False
