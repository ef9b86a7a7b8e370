"""Database-level checks: SQLite's own integrity and foreign-key checks."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, text


@dataclass
class IntegrityReport:
    problems: list[str] = field(default_factory=list)
    foreign_keys: int = 0  # how many of the problems are rows pointing to a missing row

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def file_sound(self) -> bool:
        """True when SQLite found the file sound (foreign-key problems aside)."""
        return len(self.problems) == self.foreign_keys


def check_integrity(engine: Engine, thorough: bool = False) -> IntegrityReport:
    """Run ``quick_check`` (or ``integrity_check``) and ``foreign_key_check`` on SQLite.

    PostgreSQL guarantees both itself; nothing is checked there.
    """
    report = IntegrityReport()
    if engine.dialect.name != "sqlite":
        return report
    pragma = "integrity_check" if thorough else "quick_check"
    statement = "PRAGMA integrity_check" if thorough else "PRAGMA quick_check"
    with engine.connect() as connection:
        rows = [str(row[0]) for row in connection.exec_driver_sql(statement)]
        if rows != ["ok"]:
            report.problems.extend(f"{pragma}: {row}" for row in rows)
        for table, rowid, parent, _fk in connection.exec_driver_sql("PRAGMA foreign_key_check"):
            report.problems.append(
                f"foreign key: row {rowid} of {table} points to a missing {parent} row"
            )
            report.foreign_keys += 1
        connection.execute(text("SELECT 1"))
    return report
