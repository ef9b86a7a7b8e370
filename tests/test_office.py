"""An office on one PostgreSQL database, set up as the README says: the owner upgrades the
schema, two editors and an observer connect, each sees the others' changes, History names
who did what; the observer can only read, an editor cannot change the schema."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from fwgdesk.db import roles
from fwgdesk.db.migrate import alembic_config
from fwgdesk.db.watch import change_signal, changes_since, newest_entry
from fwgdesk.domain.enums import LinkStatus
from fwgdesk.domain.errors import DatabaseError
from fwgdesk.domain.wording import english
from fwgdesk.paths import DataPaths
from fwgdesk.services import history, links
from fwgdesk.services.startup import OpenedDatabase, open_database
from tests.postgresql import server_url

pytestmark = pytest.mark.postgresql
PASSWORDS = {"fwgdesk_owner": "owner-password", "maria": "maria-password"}
PASSWORDS |= {"ahmed": "ahmed-password", "observer": "observer-password"}


@dataclass
class Office:
    name: str
    server: str

    def url(self, role: str) -> str:
        base = make_url(self.server).set(database=self.name, username=role)
        return base.set(password=PASSWORDS[role]).render_as_string(hide_password=False)

    def open(self, role: str, folder: Path, upgrade: bool = False) -> OpenedDatabase:
        return open_database(DataPaths(folder / role), self.url(role), upgrade)


def _run_as_admin(server: str, script: str, name: str) -> None:
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        existing = set(connection.execute(text("SELECT rolname FROM pg_roles")).scalars())
        for statement in roles.statements(script):
            if statement.startswith("CREATE ROLE") and statement.split()[2] in existing:
                continue  # a role of an earlier office on this server
            connection.exec_driver_sql(
                statement.replace("DATABASE fwgdesk ", f'DATABASE "{name}" ')
            )
    admin.dispose()


@pytest.fixture
def office() -> Iterator[Office]:
    server = server_url()
    if server is None:
        pytest.skip("no PostgreSQL server (set FWGDESK_TEST_PG_URL or PGHOST)")
    name = f"fwgdesk_office_{uuid.uuid4().hex[:8]}"
    _run_as_admin(server, roles.SETUP_SQL + roles.PEOPLE_SQL, name)
    yield Office(name, server)
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


def _grant(opened: OpenedDatabase) -> None:
    with opened.database.engine.begin() as connection:
        for statement in roles.statements(roles.GRANTS_SQL):
            connection.exec_driver_sql(statement)


def test_an_office_shares_one_database(office: Office, tmp_path: Path) -> None:
    owner = office.open("fwgdesk_owner", tmp_path, upgrade=True)
    _grant(owner)
    maria = office.open("maria", tmp_path).database
    ahmed = office.open("ahmed", tmp_path).database
    observer = office.open("observer", tmp_path)
    path = ahmed.path
    signal = change_signal(ahmed.url, ahmed.dialect, str(path) if path else None)
    assert signal is not None, "no change signal on the server"
    with ahmed.session() as session:
        seen = newest_entry(session)
    links.link(maria, "KEN", ["WG8-R1"], on=date(2024, 3, 1))
    deadline = time.monotonic() + 5
    while not signal.poll():
        assert time.monotonic() < deadline, "Ahmed was not told of Maria's change"
        time.sleep(0.05)
    with ahmed.session() as session:
        changes, _ = changes_since(session, seen)
    assert changes.states == frozenset({"KEN"}), f"Ahmed's views are not told Kenya: {changes}"
    links.update_link(ahmed, "KEN", "WG8-R1", LinkStatus.IN_PROGRESS, "bill drafted")
    seen_by_observer = links.list_links(observer.database, "KEN")
    assert [(k.code, k.note) for k in seen_by_observer] == [("WG8-R1", "bill drafted")], (
        "the observer does not see the editors' changes"
    )
    who = {(entry.field, entry.who) for entry in history.state_history(observer.database, "KEN")}
    assert any(field is None and "maria" in (w or "") for field, w in who), f"no Maria: {who}"
    assert ("note", next(w for f, w in who if f == "note")) in who, "the note is not in History"
    assert "ahmed" in (next(w for f, w in who if f == "note") or ""), f"no Ahmed: {who}"
    signal.close()
    for opened in (maria, ahmed, observer.database, owner.database):
        opened.dispose()


def test_the_observer_may_only_read(office: Office, tmp_path: Path) -> None:
    owner = office.open("fwgdesk_owner", tmp_path, upgrade=True)
    _grant(owner)
    observer = office.open("observer", tmp_path)
    assert observer.read_only, "a read-only role was not detected"
    with pytest.raises(DatabaseError) as refused:
        links.link(observer.database, "KEN", ["WG8-R2"])
    said = english(refused.value.detail)
    assert "may not make this change" in said, f"not said plainly: {said}"
    assert "observer-password" not in said, "the password is shown"
    observer.database.dispose()
    owner.database.dispose()


def test_an_editor_cannot_change_the_schema(office: Office, tmp_path: Path) -> None:
    owner = office.open("fwgdesk_owner", tmp_path, upgrade=True)
    _grant(owner)
    with owner.database.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0005")
    with pytest.raises(DatabaseError) as refused:
        office.open("maria", tmp_path, upgrade=True)
    said = english(refused.value.detail)
    assert "only by its owner role (fwgdesk_owner)" in said, f"not said plainly: {said}"
    assert "you connect as maria" in said, f"the role is not named: {said}"
    assert "maria-password" not in said, "the password is shown"
    owner.database.dispose()


def test_the_readme_shows_the_set_up_the_tests_run() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for script in (roles.SETUP_SQL, roles.GRANTS_SQL, roles.PEOPLE_SQL):
        assert script.strip() in readme, f"the README does not show: {script.splitlines()[0]}"
