"""An update read once: the bytes whose signature is checked are the bytes that are parsed.

:func:`take_snapshot` reads an update file, or every file of a CSV folder, and the
``.sig`` beside it, into memory, within the size limits; what its signature covers
(:meth:`Snapshot.signed_message`) and what the containers parse both come from those
bytes, so a file changed on disk between the two (on a shared drive, say) cannot pass as
signed. Only regular files are read: a symbolic link, a FIFO, a device or a socket is
refused, saying what it is and where, and nothing is opened that could block (files are
opened without following links and without waiting).
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from fwgdesk.domain.messages import Message, message
from fwgdesk.exchange import source_codes as codes
from fwgdesk.exchange.containers.limits import DEFAULT_LIMITS, Limits, file_name, reject, too_large
from fwgdesk.exchange.problems import Location, UpdateRejectedError
from fwgdesk.exchange.signed_content import (
    MAX_FOLDER_FILES,
    MAX_SIG_BYTES,
    MAX_SIGNED_FILE_BYTES,
    SIGNATURE_SUFFIX,
    manifest,
)

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)  # a link is refused, not followed (POSIX)
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO does not wait for a writer (POSIX)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)  # Windows: bytes as they are
)


@dataclass(frozen=True)
class Snapshot:
    """An update as it was read: a file's bytes, or a folder's files, and its ``.sig``."""

    name: str  # what problems call it
    path: Path
    data: bytes = b""  # a file's bytes
    files: tuple[tuple[str, bytes], ...] = ()  # a folder's files: path inside it, bytes
    is_folder: bool = False
    signature: bytes | None = None  # the .sig's content; None: there is none
    signature_problem: Message | None = None  # the .sig could not be read as a file

    def signed_message(self) -> bytes:
        """What a signature of this update covers: a file's bytes, a folder's manifest."""
        if self.is_folder:
            return manifest(self.files)
        return self.data

    def sha256(self) -> str:
        return hashlib.sha256(self.signed_message()).hexdigest()


def _kind(mode: int) -> Message:
    for test, code in (
        (stat.S_ISLNK, codes.KIND_LINK),
        (stat.S_ISFIFO, codes.KIND_FIFO),
        (stat.S_ISSOCK, codes.KIND_SOCKET),
        (stat.S_ISCHR, codes.KIND_DEVICE),
        (stat.S_ISBLK, codes.KIND_DEVICE),
        (stat.S_ISDIR, codes.KIND_FOLDER),
    ):
        if test(mode):
            return message(code)
    return message(codes.KIND_OTHER)


def _refused_kind(where: Location, path: Path) -> None:
    """Refuse *path* if it is not a regular file (looked at without following a link)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        raise reject(where, codes.NO_SUCH_FILE) from None
    except (OSError, ValueError) as error:
        raise reject(where, codes.UNREADABLE, reason=_reason(error)) from None
    if not stat.S_ISREG(mode):
        raise reject(where, codes.NOT_A_REGULAR_FILE, kind=_kind(mode), path=path)


def read_regular(path: Path, where: Location, cap: int) -> bytes:
    """The bytes of the regular file *path*, at most *cap* of them, read without following a
    link and without waiting on a FIFO."""
    _refused_kind(where, path)  # Windows has no O_NOFOLLOW: look first
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        if error.errno == errno.ELOOP:  # replaced by a link since we looked
            raise reject(
                where, codes.NOT_A_REGULAR_FILE, kind=message(codes.KIND_LINK), path=path
            ) from None
        raise reject(where, codes.UNREADABLE, reason=_reason(error)) from None
    with os.fdopen(descriptor, "rb") as stream:
        status = os.fstat(stream.fileno())
        if not stat.S_ISREG(status.st_mode):  # replaced since we looked: the open one counts
            raise reject(where, codes.NOT_A_REGULAR_FILE, kind=_kind(status.st_mode), path=path)
        if status.st_size > cap:
            raise too_large(where, status.st_size, cap)
        data = stream.read(cap + 1)
    if len(data) > cap:
        raise too_large(where, len(data), cap)
    return data


def _reason(error: Exception) -> str:
    return (error.strerror if isinstance(error, OSError) else None) or str(error)


def _signature(path: Path) -> tuple[bytes | None, Message | None]:
    """The ``.sig`` beside *path*: its content, or None when there is none, or the reason
    it is not a file that can be read."""
    sig = path.with_name(path.name + SIGNATURE_SUFFIX)
    if not os.path.lexists(sig):
        return None, None
    try:
        return read_regular(sig, Location(sig.name), MAX_SIG_BYTES), None
    except UpdateRejectedError as error:  # an invalid signature, saying why
        return b"", error.problems[0].detail


def _folder_files(folder: Path, name: str, limits: Limits) -> list[tuple[str, bytes]]:
    """Every regular file under *folder*, read; anything else in it is refused."""
    files: list[tuple[str, bytes]] = []
    budget = limits.max_file_bytes
    pending = [folder]
    while pending:
        here = pending.pop()
        try:
            entries = sorted(os.scandir(here), key=lambda entry: entry.name)
        except OSError as error:
            raise reject(name, codes.FOLDER_UNREADABLE, reason=_reason(error)) from None
        for entry in entries:
            path = Path(entry.path)
            inside = path.relative_to(folder).as_posix()
            where = Location(name, inside)
            if entry.is_dir(follow_symlinks=False):
                pending.append(path)
                continue
            if "\n" in inside or "\r" in inside:
                raise reject(where, codes.LINE_BREAK_IN_NAME)
            if len(files) >= MAX_FOLDER_FILES:
                raise reject(name, codes.TOO_MANY_FILES, most=MAX_FOLDER_FILES)
            data = read_regular(path, where, budget)
            budget -= len(data)
            files.append((inside, data))
    return sorted(files)


def take_snapshot(path: Path, limits: Limits = DEFAULT_LIMITS) -> Snapshot:
    """Read the update *path* (a file, or a folder of CSV files) and its ``.sig``, once."""
    path = Path(path)
    name = file_name(path)
    signature, problem = _signature(path)
    try:
        is_folder = stat.S_ISDIR(os.lstat(path).st_mode)
    except FileNotFoundError:
        raise reject(name, codes.NO_SUCH_FILE) from None
    except (OSError, ValueError) as error:
        raise reject(name, codes.UNREADABLE, reason=_reason(error)) from None
    if is_folder:
        files = tuple(_folder_files(path, name, limits))
        return Snapshot(
            name, path, files=files, is_folder=True, signature=signature, signature_problem=problem
        )
    data = read_regular(path, Location(name), limits.max_file_bytes)
    return Snapshot(name, path, data=data, signature=signature, signature_problem=problem)


def top_level(snapshot: Snapshot, suffix: str) -> list[tuple[str, bytes]]:
    """The files directly in the snapshot's folder whose name ends with *suffix*."""
    return [
        (inside, data)
        for inside, data in snapshot.files
        if "/" not in inside and PurePosixPath(inside).suffix.lower() == suffix
    ]


SIGNING_LIMITS = Limits(max_file_bytes=MAX_SIGNED_FILE_BYTES)
"""What signing or verifying alone reads: larger files than an import takes."""
