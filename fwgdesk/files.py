"""Writing a file so that it appears whole or not at all.

The data goes to a temporary file beside the target, is flushed to the disk, and is then
renamed over the target; the folder is synced so the rename survives a power cut. On any
failure the temporary file is removed and the target is left as it was. Errors are the
system's ``OSError``: callers say what they mean to the user
(``fwgdesk.db.failures.translated_os_error``).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


def write_synced(path: Path, data: bytes) -> None:
    """Write *data* to *path* and flush it to the disk."""
    with path.open("wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())


def sync_folder(folder: Path) -> None:
    """Make the entries of *folder* (a rename into it) durable, where the system can."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _temporary_beside(target: Path) -> Path:
    descriptor, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(descriptor)
    return Path(name)


def _put_in_place(temporary: Path, target: Path, mode: int) -> None:
    temporary.chmod(mode)
    temporary.replace(target)
    sync_folder(target.parent)


def write_atomically(target: Path, data: bytes, mode: int = 0o644) -> None:
    """Replace *target* by a file holding *data*, readable as *mode* says."""
    temporary = _temporary_beside(target)
    try:
        write_synced(temporary, data)
        _put_in_place(temporary, target, mode)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_output(target: Path, mode: int = 0o644) -> Iterator[IO[bytes]]:
    """A stream into a temporary file that replaces *target* when the block ends well."""
    temporary = _temporary_beside(target)
    try:
        with temporary.open("wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _put_in_place(temporary, target, mode)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
