"""Backups of a database on a server: every table's rows in one portable file.

A dump is a gzip-compressed JSON document (``fwgdesk-<UTC time>-<reason>.fwgdump.json.gz``):
the schema revision, and for each table its columns and rows, dates and times as ISO
text. It is written under a temporary name, read back and compared with what was read
from the database (row counts and a SHA-256 of the content) before it is renamed into
place, so a dump that exists is a good one. Tables and columns are those the database
holds (reflected), so a dump made before a migration is the schema as it was.

PostgreSQL only (a SQLite file is backed up with SQLite's own backup API). Restoring takes
the dump in one transaction: the tables emptied, the rows copied back in
the order of their foreign keys, the id sequences set after the highest id. A dump of
another schema revision than the database's is refused.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Engine, Integer, MetaData, Table, select

from fwgdesk.db.backup import DUMP_SUFFIX
from fwgdesk.db.bulk import insert_rows
from fwgdesk.db.types import utcnow

FORMAT = "fwgdesk-dump"
VERSION = 1
REVISION_TABLE = "alembic_version"


@dataclass(frozen=True)
class Dump:
    """A dump as read back: its revision, and per table its columns and rows."""

    revision: str | None
    made_at: str
    tables: dict[str, dict[str, Any]]
    sha256: str

    def count(self, table: str) -> int:
        return len(self.tables[table]["rows"])


class DumpError(Exception):
    """A dump that cannot be used; ``reason`` says why (a parameter, never matched)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def dump_name(reason: str, when: datetime | None = None) -> str:
    stamp = (when or utcnow()).strftime("%Y%m%dT%H%M%S%fZ")
    return f"fwgdesk-{stamp}-{reason}{DUMP_SUFFIX}"


def _encode(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "value") and not isinstance(value, int | float | str):
        return value.value  # an enumeration
    return value


def _decoder(column: Any) -> Any:
    if isinstance(column.type, DateTime):
        return lambda value: None if value is None else datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return lambda value: None if value is None else date.fromisoformat(value)
    return None


def _reflected(connection: Connection) -> MetaData:
    metadata = MetaData()
    metadata.reflect(connection)
    return metadata


def _content_hash(tables: dict[str, dict[str, Any]]) -> str:
    text = json.dumps(tables, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_tables(connection: Connection) -> dict[str, dict[str, Any]]:
    """Every table's columns and rows (encoded for JSON), in foreign-key order."""
    tables: dict[str, dict[str, Any]] = {}
    for table in _reflected(connection).sorted_tables:
        columns = [column.name for column in table.columns]
        order = list(table.primary_key.columns) or list(table.columns)
        rows = connection.execute(select(table).order_by(*order)).all()
        tables[table.name] = {
            "columns": columns,
            "rows": [[_encode(value) for value in row] for row in rows],
        }
    return tables


def write_dump(engine: Engine, folder: Path, reason: str) -> Path:
    """Dump the database of *engine* into *folder*; the verified file's path."""
    with engine.connect() as connection, connection.begin():
        if connection.dialect.name == "postgresql":  # one consistent view of every table
            connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        tables = read_tables(connection)
    revision_rows = tables.get(REVISION_TABLE, {}).get("rows", [])
    revision = revision_rows[0][0] if revision_rows else None
    document = {
        "format": FORMAT,
        "version": VERSION,
        "revision": revision,
        "made_at": utcnow().isoformat(),
        "sha256": _content_hash(tables),
        "tables": tables,
    }
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / dump_name(reason)
    partial = target.with_name(target.name + ".partial")
    try:
        with gzip.open(partial, "wt", encoding="utf-8") as stream:
            json.dump(document, stream, ensure_ascii=False)
        read = read_dump(partial)
        if read.sha256 != document["sha256"] or read.tables != tables:
            raise DumpError("the dump read back differs from the database")
        with contextlib.suppress(OSError, NotImplementedError):
            partial.chmod(0o600)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def read_dump(path: Path) -> Dump:
    """The dump in *path*, checked against its own hash (``DumpError`` otherwise)."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            document = json.load(stream)
    except (OSError, EOFError, json.JSONDecodeError, UnicodeDecodeError) as error:
        raise DumpError(str(error)) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise DumpError("not an fwgdesk dump")
    tables = document.get("tables")
    if not isinstance(tables, dict) or _content_hash(tables) != document.get("sha256"):
        raise DumpError("its content does not match its SHA-256: the file is damaged")
    return Dump(document.get("revision"), str(document.get("made_at")), tables, document["sha256"])


def restore_dump(engine: Engine, dump: Dump) -> None:
    """Replace every row of the database with the dump's, in one transaction."""
    with engine.connect() as connection, connection.begin():
        metadata = _reflected(connection)
        current = connection.execute(select(metadata.tables[REVISION_TABLE])).scalar()
        if current != dump.revision:
            raise DumpError(f"the dump is of schema {dump.revision}, the database of {current}")
        ordered = metadata.sorted_tables
        _empty(connection, [table.name for table in ordered])
        for table in ordered:
            _copy_back(connection, table, dump.tables.get(table.name))
        _reset_sequences(connection, ordered)


def _empty(connection: Connection, names: list[str]) -> None:
    from psycopg import sql

    statement = sql.SQL("TRUNCATE {} RESTART IDENTITY CASCADE").format(
        sql.SQL(", ").join(map(sql.Identifier, names))
    )
    raw = connection.connection.driver_connection
    assert raw is not None, "the connection to the server is closed"
    with raw.cursor() as cursor:
        cursor.execute(statement)


def _copy_back(connection: Connection, table: Table, held: dict[str, Any] | None) -> None:
    if not held or not held["rows"]:
        return
    names = [name for name in held["columns"] if name in table.c]
    decoders = {name: _decoder(table.c[name]) for name in names}
    positions = [held["columns"].index(name) for name in names]
    rows = []
    for row in held["rows"]:
        values = {}
        for name, position in zip(names, positions, strict=True):
            decode = decoders[name]
            value = row[position]
            values[name] = decode(value) if decode is not None else value
        rows.append(values)
    insert_rows(connection, table, rows)


def _reset_sequences(connection: Connection, tables: list[Table]) -> None:
    """Each id sequence after the highest id restored, so new rows do not collide."""
    from psycopg import sql

    raw = connection.connection.driver_connection
    assert raw is not None, "the connection to the server is closed"
    for table in tables:
        for column in table.primary_key.columns:
            if not isinstance(column.type, Integer):
                continue  # a column without a sequence gets NULL from pg_get_serial_sequence
            statement = sql.SQL(
                "SELECT setval(pg_get_serial_sequence(%s, %s), "
                "COALESCE((SELECT max({column}) FROM {table}), 0) + 1, false)"
            ).format(column=sql.Identifier(column.name), table=sql.Identifier(table.name))
            with raw.cursor() as cursor:
                cursor.execute(statement, (table.name, column.name))
