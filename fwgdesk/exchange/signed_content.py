"""What the signature of an update covers: a file's bytes, or a CSV folder's manifest.

The manifest of a folder lists every regular file under it with the SHA-256 of its bytes,
in a canonical order, under a first line that keeps it from passing for a file (the format
is in :mod:`fwgdesk.exchange.signing`). A folder holding a symbolic link, or a file whose name
holds a line break, has no manifest: it cannot be signed and its signature never verifies.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from fwgdesk.domain.errors import UsageError
from fwgdesk.domain.messages import Message, MessageCode
from fwgdesk.exchange import codes
from fwgdesk.exchange.keyfiles import read_limited

MAX_SIGNED_FILE_BYTES = 1024 * 1024 * 1024
"""Ed25519 needs the whole message in memory: a larger update file is not verified."""
MAX_FOLDER_FILES = 10_000
FOLDER_MANIFEST_HEADER = "fwgdesk-folder-manifest-v1\n"


class BadFolderError(Exception):
    """A folder that cannot be signed or verified; its :attr:`detail` says why."""

    def __init__(self, code: MessageCode, /, **params: Any) -> None:
        self.detail = Message(code, params)
        super().__init__(code.key)


def folder_manifest(folder: Path) -> bytes:
    """The canonical manifest of a CSV folder that its signature covers (see the module)."""
    try:
        return build_folder_manifest(Path(folder))
    except BadFolderError as error:
        raise UsageError(error.detail.code, **error.detail.params) from error


def build_folder_manifest(folder: Path) -> bytes:
    """The manifest of *folder*, or :class:`BadFolderError` saying why it has none."""
    entries: list[tuple[bytes, str]] = []
    for directory, subfolders, files in os.walk(folder, followlinks=False, onerror=_walk_error):
        here = Path(directory)
        for name in [*subfolders, *files]:
            if (here / name).is_symlink():
                raise BadFolderError(codes.FOLDER_SYMLINK, path=here / name)
        for name in files:
            path = here / name
            relative = path.relative_to(folder).as_posix()
            if "\n" in relative or "\r" in relative:
                raise BadFolderError(codes.FOLDER_LINE_BREAK, path=path)
            if len(entries) >= MAX_FOLDER_FILES:
                raise BadFolderError(
                    codes.FOLDER_TOO_MANY_FILES, path=folder, most=MAX_FOLDER_FILES
                )
            entries.append((relative.encode("utf-8", "surrogateescape"), _sha256_of(path)))
    entries.sort()
    lines = [FOLDER_MANIFEST_HEADER.encode("ascii")]
    for relative_bytes, digest in entries:
        lines.append(relative_bytes + b"\n" + digest.encode("ascii") + b"\n")
    return b"".join(lines)


def _walk_error(error: OSError) -> None:
    reason = error.strerror or str(error)
    raise BadFolderError(codes.PATH_UNREADABLE, path=error.filename, reason=reason)


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as source:
            for block in iter(lambda: source.read(1 << 20), b""):
                digest.update(block)
    except OSError as error:
        reason = error.strerror or str(error)
        raise BadFolderError(codes.PATH_UNREADABLE, path=path, reason=reason) from error
    return digest.hexdigest()


def signed_message(path: Path) -> bytes:
    """The bytes a signature of *path* covers: a file's bytes, a folder's manifest."""
    path = Path(path)
    if path.is_dir():
        return folder_manifest(path)
    return read_limited(path, MAX_SIGNED_FILE_BYTES, codes.AN_UPDATE_FILE)
