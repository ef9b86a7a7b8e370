"""Where fwgdesk keeps its files: the user's data folder and the bundled resources."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "fwgdesk"
DATABASE_FILE = "fwgdesk.sqlite3"


def _install_root() -> Path:
    """The folder holding ``resources/`` and ``migrations/``: the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    override = os.environ.get("FWGDESK_RESOURCES")
    return Path(override) if override else _install_root() / "resources"


def migrations_dir() -> Path:
    return _install_root() / "migrations"


def default_data_dir() -> Path:
    """The per-user data folder (``FWGDESK_DATA_DIR`` overrides it, as ``--data-dir`` does)."""
    override = os.environ.get("FWGDESK_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


@dataclass(frozen=True)
class DataPaths:
    """The files of one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_FILE

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    def sqlite_url(self) -> str:
        return f"sqlite:///{self.database}"
