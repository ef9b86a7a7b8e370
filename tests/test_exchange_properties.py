"""Properties of applying updates, over generated updates (hypothesis).

Every update is either applied or refused with the application's own error; a refused
update leaves the database unchanged in content; applying the same update again changes
nothing; the database passes integrity_check after every case.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from fwgdesk.db.backup import copy_database
from fwgdesk.db.engine import Database
from fwgdesk.domain.errors import FwgdeskError
from fwgdesk.exchange.apply import Provenance, Resolution, apply_update
from fwgdesk.exchange.model import Update, UpdateRow
from fwgdesk.exchange.problems import Location, UpdateRejectedError
from fwgdesk.exchange.validate import check_update
from tests.support.dbdump import full_dump

EXAMPLES = int(os.environ.get("FWGDESK_HYPOTHESIS_EXAMPLES", "20"))
STATES = st.sampled_from(["KEN", "PER", "CHN", "EGY", "RUS", "FRA", "XXX"])
CODES = st.sampled_from(["WG8-R1", "WG9-R4", "WG9-R7", "CS-DP6", "RES11.6-P5", "WG8-R99"])
DATES = st.dates(min_value=date(2015, 1, 1), max_value=date(2026, 1, 1))
NAMES = st.text(alphabet=st.sampled_from(list("Aéж李ع -")), min_size=0, max_size=12)


def _where(table: str) -> Location:
    return Location("generated.json", table, 2)


@st.composite
def people(draw: Any) -> UpdateRow:
    values = {
        "id": draw(st.sampled_from(["p1", "p2", "p3"])),
        "state": draw(STATES),
        "role": draw(st.sampled_from(["focal_point", "observer", "governmental_expert"])),
        "name": draw(NAMES),
        "gender": draw(st.sampled_from(["female", "male", "other", "undisclosed"])),
        "languages": draw(st.lists(st.sampled_from(["en", "fr", "zh", "ar"]), max_size=2)),
        "designated_on": draw(DATES),
    }
    if draw(st.booleans()):
        values["ended_on"] = draw(st.one_of(st.none(), DATES))
    if draw(st.booleans()):
        values["email"] = draw(st.sampled_from(["a@b.org", "broken", None]))
    return UpdateRow("focal_points", values, _where("focal_points"))


@st.composite
def links(draw: Any) -> UpdateRow:
    values = {
        "state": draw(STATES),
        "recommendation": draw(CODES),
        "status": draw(st.sampled_from(["not_assessed", "in_progress", "implemented"])),
        "note": draw(st.one_of(st.none(), NAMES)),
    }
    return UpdateRow("recommendation_links", values, _where("recommendation_links"))


@st.composite
def deletions(draw: Any) -> UpdateRow:
    key = draw(
        st.one_of(
            st.fixed_dictionaries({"id": st.sampled_from(["p1", "p2", "p9"])}),
            st.fixed_dictionaries({"state": STATES, "recommendation": CODES}),
        )
    )
    table = "focal_points" if "id" in key else "recommendation_links"
    if draw(st.booleans()) and draw(st.booleans()):
        table = "reviews"  # a key that does not fit the table
    return UpdateRow("deletions", {"table": table, "key": key}, _where("deletions"))


updates = st.builds(
    lambda p, lk, d, seq: Update(
        "generated.json",
        "json",
        "Generated",
        seq,
        tables={"focal_points": p, "recommendation_links": lk, "deletions": d},
    ),
    st.lists(people(), max_size=4),
    st.lists(links(), max_size=5),
    st.lists(deletions(), max_size=2),
    st.integers(min_value=1, max_value=5),
)


@contextmanager
def scratch_database(template: Path) -> Iterator[Database]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "db.sqlite3"
        copy_database(template, path)
        database = Database(f"sqlite:///{path}")
        try:
            yield database
        finally:
            database.dispose()


def integrity(database: Database) -> str:
    with database.engine.connect() as connection:
        return str(connection.execute(text("PRAGMA integrity_check")).scalar())


def data_of(dump: dict[str, Any]) -> dict[str, Any]:
    """A database's dump without its import batches: an update changing nothing is recorded
    as a batch (its sequence is kept), and changes nothing else."""
    return {table: rows for table, rows in dump.items() if table != "import_batches"}


def apply_or_refuse(database: Database, update: Update, insist: bool = False) -> bool:
    with database.session() as session:
        problems = check_update(update, session)
    if problems:
        raise UpdateRejectedError(problems)
    apply_update(database, update, Provenance(update.name), Resolution(default="incoming"), insist)
    return True


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(first=updates, second=updates)
def test_applied_or_refused_never_partial(
    template_database: Path, first: Update, second: Update
) -> None:
    with scratch_database(template_database) as database:
        for update in (first, second):
            before = full_dump(database)
            try:
                apply_or_refuse(database, update, insist=True)
            except FwgdeskError as error:
                assert isinstance(error, UpdateRejectedError), "refused with another error"
                assert full_dump(database) == before, "a refused update changed the data"
            else:
                after = full_dump(database)
                apply_or_refuse(database, update, insist=True)  # the same again
                assert data_of(full_dump(database)) == data_of(after), "applied twice differs"
            assert integrity(database) == "ok"
