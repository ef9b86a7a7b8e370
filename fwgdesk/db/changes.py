"""What a transaction wrote, learnt from its audit entries, and what writes changed.

Every change of an audited row is recorded in the audit trail, whether the unit of work
or a bulk insert wrote it, so the entries of a transaction say exactly which rows it
touched. :class:`Written` keeps them while the transaction runs: the rules are checked
on them before the commit (``fwgdesk.db.rules_guard``). Once committed, they become
:class:`Changes` (tables and States), which the window refreshes from; a caller that
wants them runs its writes inside :func:`collecting_changes`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from fwgdesk.domain.enums import AuditAction

WRITTEN = "written"  # the key of a session's Written in ``Session.info``


Kind = tuple[str, AuditAction, str | None]  # table, action, field (None: the whole row)


@dataclass
class Written:
    """The audit entries of one transaction, reduced to what identifies the change: the
    keys and States of the rows, by table, action and field."""

    keys: dict[Kind, set[str]] = field(default_factory=dict)
    states: dict[Kind, set[str]] = field(default_factory=dict)

    def add(self, entries: Iterable[dict[str, Any]]) -> None:
        keys, states = self.keys, self.states
        for entry in entries:
            kind = (entry["table_name"], entry["action"], entry.get("field"))
            found = keys.get(kind)
            if found is None:
                found = keys[kind] = set()
                states[kind] = set()
            found.add(entry["row_key"])
            if entry["state_iso3"] is not None:
                states[kind].add(entry["state_iso3"])

    def __bool__(self) -> bool:
        return bool(self.keys)

    def _kinds(
        self, table: str, fields: frozenset[str] | None, actions: frozenset[AuditAction]
    ) -> list[Kind]:
        return [
            kind
            for kind in self.keys
            if kind[0] == table
            and kind[1] in actions
            and (kind[1] is not AuditAction.UPDATE or fields is None or kind[2] in fields)
        ]

    def keys_of(
        self,
        table: str,
        fields: frozenset[str] | None = None,
        actions: frozenset[AuditAction] = frozenset(AuditAction),
    ) -> set[str]:
        """Keys of the rows of *table* written with one of *actions*; for updates, only
        those that changed one of *fields* (None: any field)."""
        return set().union(*(self.keys[k] for k in self._kinds(table, fields, actions)))

    def states_of(self, table: str, fields: frozenset[str] | None = None) -> set[str]:
        """The States of the rows of *table* inserted, or updated in one of *fields*."""
        writes = frozenset({AuditAction.INSERT, AuditAction.UPDATE})
        return set().union(*(self.states[k] for k in self._kinds(table, fields, writes)))

    def tables(self) -> frozenset[str]:
        return frozenset(kind[0] for kind in self.keys)

    def all_states(self) -> frozenset[str]:
        return frozenset().union(*self.states.values())


@dataclass(frozen=True)
class Changes:
    """What committed writes changed: tables by name, and the States whose rows changed.

    ``everything``: the whole database may differ (a restore, a repair of everything)."""

    tables: frozenset[str] = frozenset()
    states: frozenset[str] = frozenset()
    everything: bool = False

    @classmethod
    def of(cls, written: Written) -> Changes:
        return cls(written.tables(), written.all_states())

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.tables | other.tables,
            self.states | other.states,
            self.everything or other.everything,
        )

    def __bool__(self) -> bool:
        return bool(self.tables or self.states or self.everything)

    def touches(self, iso3: str | None = None, tables: Iterable[str] = ()) -> bool:
        """Whether a view of *iso3* (any State: None) showing *tables* must refresh."""
        if self.everything:
            return True
        wanted = set(tables)
        if wanted and not wanted & self.tables:
            return False
        return iso3 is None or iso3 in self.states or not self.states


_collectors = threading.local()


@contextmanager
def collecting_changes() -> Iterator[list[Changes]]:
    """Within the block, what each transaction of this thread commits is appended to the
    list it gives (see :func:`committed`)."""
    stack: list[list[Changes]] = getattr(_collectors, "stack", [])
    _collectors.stack = stack
    collected: list[Changes] = []
    stack.append(collected)
    try:
        yield collected
    finally:
        stack.remove(collected)


def committed(changes: Changes) -> None:
    """Tell the collectors of this thread what a transaction committed."""
    if not changes:
        return
    for collected in getattr(_collectors, "stack", []):
        collected.append(changes)


def merged(collected: Iterable[Changes]) -> Changes:
    result = Changes()
    for changes in collected:
        result = result | changes
    return result
