"""Running the command line inside a test."""

from __future__ import annotations

import pytest

from fwgdesk.cli.main import main
from fwgdesk.db.engine import Database
from fwgdesk.paths import DataPaths


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run ``fwgdesk *args*``: its exit code, standard output and standard error."""
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def where(database: Database, paths: DataPaths) -> tuple[str, ...]:
    """The command line's options naming *database*: its data folder, and the server's URL
    for a database on a server."""
    found = ("--data-dir", str(paths.root))
    return found if database.path is not None else (*found, "--database", database.url)
