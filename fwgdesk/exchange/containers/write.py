"""Writing a typed update into a container, atomically: the target appears whole or not at all."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from pathlib import Path

from fwgdesk import files as disk
from fwgdesk.db.codes import A_FOLDER
from fwgdesk.db.failures import translated_os_error
from fwgdesk.domain.errors import FwgdeskError, UsageError
from fwgdesk.exchange import codes
from fwgdesk.exchange.containers.archive import zip_bytes
from fwgdesk.exchange.containers.csv_io import SUFFIX, csv_files
from fwgdesk.exchange.containers.json_io import json_bytes
from fwgdesk.exchange.containers.xlsx_io import xlsx_bytes
from fwgdesk.exchange.model import Update

CONTAINERS = ("json", "xlsx", "csv")


def write_update(update: Update, path: Path, container: str) -> None:
    """Write *update* to *path* as ``json``, ``xlsx`` or ``csv`` (a folder, or a ZIP archive
    when *path* ends with ``.zip``). The file or folder is replaced whole, never in part."""
    path = Path(path)
    if container == "json":
        replace_file(path, json_bytes(update))
    elif container == "xlsx":
        replace_file(path, xlsx_bytes(update))
    elif container == "csv":
        files = csv_files(update)
        if path.suffix.lower() == ".zip":
            replace_file(path, zip_bytes(files))
        else:
            replace_folder(path, files)
    else:
        raise UsageError(codes.UNKNOWN_CONTAINER, container=container, containers=list(CONTAINERS))


def _parent(path: Path) -> Path:
    parent = path.parent
    if not parent.is_dir():
        raise UsageError(codes.NO_FOLDER_FOR, path=path, folder=parent)
    return parent


def replace_file(path: Path, data: bytes) -> None:
    """Write *data* to a temporary file beside *path*, then rename it into place."""
    _parent(path)
    if path.is_dir():
        raise UsageError(codes.TARGET_IS_A_FOLDER, path=path)
    try:
        disk.write_atomically(path, data)
    except OSError as error:
        raise translated_os_error(error, path, FwgdeskError) from None


def _replaceable(folder: Path) -> bool:
    """Whether an existing folder may be replaced: it holds nothing but CSV files."""
    return all(
        child.is_file() and not child.is_symlink() and child.suffix.lower() == SUFFIX
        for child in folder.iterdir()
    )


def replace_folder(path: Path, files: list[tuple[str, bytes]]) -> None:
    """Write *files* into a temporary folder beside *path*, then rename it into place. An
    existing folder is replaced only when it holds CSV files alone (an earlier export)."""
    parent = _parent(path)
    if path.exists() or path.is_symlink():
        if path.is_symlink() or not path.is_dir():
            raise UsageError(codes.CSV_FOLDER_IS_A_FILE, path=path)
        if not _replaceable(path):
            raise UsageError(codes.CSV_FOLDER_NOT_REPLACEABLE, path=path)
    try:
        temporary = Path(tempfile.mkdtemp(dir=parent, prefix=f".{path.name}.", suffix=".tmp"))
    except OSError as error:
        raise translated_os_error(error, path, FwgdeskError, A_FOLDER) from None
    old = parent / f".{path.name}.{uuid.uuid4().hex}.old"
    try:
        for name, data in files:
            disk.write_synced(temporary / name, data)
        temporary.chmod(0o755)
        disk.sync_folder(temporary)
        if path.exists():
            path.replace(old)
            try:
                temporary.replace(path)
            except OSError:
                old.replace(path)
                raise
            shutil.rmtree(old, ignore_errors=True)
        else:
            temporary.replace(path)
    except OSError as error:
        shutil.rmtree(temporary, ignore_errors=True)
        raise translated_os_error(error, path, FwgdeskError, A_FOLDER) from None
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    disk.sync_folder(parent)
