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


def location_file() -> Path:
    """Where the data folder the user chose in the settings is remembered."""
    config = os.environ.get("FWGDESK_CONFIG_DIR") or platformdirs.user_config_dir(
        APP_NAME, appauthor=False, roaming=True
    )
    return Path(config) / "data-location.txt"


def default_data_dir() -> Path:
    """The data folder: ``FWGDESK_DATA_DIR``, else the user's choice, else the per-user one.

    ``--data-dir`` on the command line overrides all of them.
    """
    override = os.environ.get("FWGDESK_DATA_DIR")
    if override:
        return Path(override)
    chosen = location_file()
    if chosen.is_file():
        text = chosen.read_text(encoding="utf-8").strip()
        if text:
            return Path(text)
    # Not the roaming profile: on Windows it may be redirected to a network share, where
    # SQLite's write-ahead log is unsafe, and it is copied to a server at every logoff.
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def remember_data_dir(folder: Path | None) -> None:
    """Use *folder* as the data folder from the next start (None: back to the default)."""
    path = location_file()
    if folder is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(str(folder), encoding="utf-8")


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
