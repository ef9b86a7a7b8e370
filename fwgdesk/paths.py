"""Where fwgdesk keeps its files: the user's data folder and the bundled resources."""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "fwgdesk"
"""One name everywhere: the command, Qt's organisation and application (``QSettings``), the
data and configuration folders, the desktop entry and the installers."""
RESOURCES_PACKAGE = "fwgdesk.resources"
MIGRATIONS_PACKAGE = "fwgdesk.migrations"
ICON_FILE = "fwgdesk.svg"
DATABASE_FILE = "fwgdesk.sqlite3"


def _package_folder(package: str) -> Path:
    """The folder of an installed package of fwgdesk's data, found by its import spec (not
    ``importlib.resources``, whose import costs the window's first paint a tenth of it).

    ``resources/`` and ``migrations/`` sit at the top of the repository and are installed
    as ``fwgdesk.resources`` and ``fwgdesk.migrations`` (``[tool.setuptools.package-dir]``
    in ``pyproject.toml``): inside the wheel, the PyInstaller bundle, and, for an editable
    install, in the checkout itself.
    """
    try:
        spec = importlib.util.find_spec(package)
    except ModuleNotFoundError:
        spec = None
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    if not locations:
        raise RuntimeError(
            f"{package} is not installed: install fwgdesk (pip install .), "
            "or run pip install -e . again in a checkout"
        )
    folder = Path(locations[0])
    if not folder.is_dir():  # a zipped install: Alembic and the fonts need files
        raise RuntimeError(f"{package} is not installed as a folder: {folder}")
    return folder


def resources_dir() -> Path:
    """The bundled data: catalogue, States, fonts, translations, schema, icons."""
    override = os.environ.get("FWGDESK_RESOURCES")
    return Path(override) if override else _package_folder(RESOURCES_PACKAGE)


def migrations_dir() -> Path:
    """Alembic's script folder (``env.py`` and ``versions/``)."""
    return _package_folder(MIGRATIONS_PACKAGE)


def icon_file() -> Path:
    """The application's icon (SVG source; installers use PNG, ICO and ICNS made from it)."""
    return resources_dir() / "icons" / ICON_FILE


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
