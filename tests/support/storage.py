"""Failures of the disk for tests: a database that cannot grow, a write with no space left."""

from __future__ import annotations

import errno
from datetime import date
from typing import Any

from sqlalchemy import event

from fwgdesk.db.engine import Database
from fwgdesk.exchange.model import Update, UpdateRow
from fwgdesk.exchange.problems import Location

WHERE = Location("big.json", "focal_points", 2)


def big_update(people_count: int = 1500) -> Update:
    """New focal points of Kenya: enough to need many new pages in the database file."""
    rows = [
        UpdateRow(
            "focal_points",
            {
                "id": f"big-{n}",
                "state": "KEN",
                "role": "governmental_expert",  # many of them: one State has one focal point
                "name": f"Person {n} " + "名" * 40,
                "gender": "female",
                "languages": ["en", "fr"],
                "designated_on": date(2021, 1, 1),
            },
            WHERE,
        )
        for n in range(people_count)
    ]
    return Update("big.json", "json", "UNODC Secretariat", 1, tables={"focal_points": rows})


def fill_up(database: Database, spare_pages: int = 2) -> None:
    """A full disk: every new connection may grow the file by *spare_pages* pages at most."""

    def _limit(dbapi_connection: Any, _record: Any) -> None:
        pages = int(dbapi_connection.execute("PRAGMA page_count").fetchone()[0])
        limit = pages + spare_pages  # a PRAGMA takes no bound parameters; an int only
        dbapi_connection.execute(f"PRAGMA max_page_count = {limit:d}")

    event.listen(database.engine, "connect", _limit)
    database.engine.dispose()  # the connections in the pool were made without the limit


def no_space(*_args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")
