"""Whether a folder lies on a network share, where SQLite's write-ahead log is not safe.

SQLite in WAL mode needs shared memory between the programs that open the database; over
NFS, SMB and the like two computers may write at once and damage it.

- Linux: the mount table (``/proc/self/mounts``); the mount whose mount point is the
  longest prefix of the resolved folder decides, by its file-system type.
- macOS and the BSDs: the same from the output of ``mount`` (``dev on /point (type, …)``).
  When ``mount`` cannot be run, the answer is "not known to be a network share".
- Windows: a UNC path (``\\\\server\\share``), or a drive letter whose drive type is
  ``DRIVE_REMOTE`` (a mapped network drive).

The mount table is a parameter of :func:`network_filesystem`, so the lookup is tested
with any table on any system.
"""

from __future__ import annotations

import ctypes
import ntpath
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

NETWORK_TYPES = frozenset(
    {
        "9p",
        "afpfs",
        "afs",
        "beegfs",
        "ceph",
        "cifs",
        "coda",
        "davfs",
        "fuse.davfs2",
        "fuse.glusterfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.sshfs",
        "glusterfs",
        "gpfs",
        "lustre",
        "ncpfs",
        "nfs",
        "nfs4",
        "smb2",
        "smb3",
        "smbfs",
        "sshfs",
        "webdav",
    }
)
DRIVE_REMOTE = 4  # GetDriveTypeW: a network drive
PROC_MOUNTS = Path("/proc/self/mounts")
_OCTAL = re.compile(r"\\([0-7]{3})")
_BSD_LINE = re.compile(r"^.+? on (?P<point>.+) \((?P<type>[^,)]+)")


@dataclass(frozen=True)
class Mount:
    point: str
    fstype: str


def _unescape(field: str) -> str:
    """``/proc/mounts`` writes a space as ``\\040`` (and tab, newline, backslash alike)."""
    return _OCTAL.sub(lambda match: chr(int(match.group(1), 8)), field)


def parse_proc_mounts(text: str) -> list[Mount]:
    """The mounts of a Linux mount table: ``device point type options dump pass``."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append(Mount(_unescape(fields[1]), fields[2]))
    return mounts


def parse_mount_output(text: str) -> list[Mount]:
    """The mounts listed by the BSD and macOS ``mount`` command."""
    mounts = []
    for line in text.splitlines():
        match = _BSD_LINE.match(line.strip())
        if match:
            mounts.append(Mount(match.group("point"), match.group("type").strip()))
    return mounts


def mount_table() -> list[Mount]:
    """The mounts of this system (empty when they cannot be read)."""
    if sys.platform.startswith("linux"):
        try:
            return parse_proc_mounts(PROC_MOUNTS.read_text(encoding="utf-8", errors="replace"))
        except OSError:
            return []
    command = shutil.which("mount")
    if command is None:
        return []
    try:
        done = subprocess.run([command], capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    return parse_mount_output(done.stdout)


def mount_of(path: PurePosixPath, mounts: list[Mount]) -> Mount | None:
    """The mount holding *path* (absolute): the longest mount point that is its prefix."""
    best: Mount | None = None
    for mount in mounts:
        point = PurePosixPath(mount.point)
        if (path == point or point in path.parents) and (
            best is None or len(point.parts) >= len(PurePosixPath(best.point).parts)
        ):
            best = mount
    return best


def is_unc(path: str) -> bool:
    """Whether a Windows path names a network share: ``\\\\server\\share\\…`` or
    ``\\\\?\\UNC\\server\\share\\…``; not a device or long local path (``\\\\?\\C:\\``)."""
    text = path.replace("/", "\\")
    if text.upper().startswith("\\\\?\\UNC\\"):
        return True
    if not text.startswith("\\\\") or text.startswith(("\\\\?\\", "\\\\.\\")):
        return False
    parts = [part for part in text[2:].split("\\") if part]
    return len(parts) >= 2


def _drive_type(root: str) -> int:
    windll: Any = getattr(ctypes, "windll", None)
    if windll is None:
        return 0
    return int(windll.kernel32.GetDriveTypeW(root))


def windows_network_drive(path: str, drive_type: Callable[[str], int] = _drive_type) -> str | None:
    """ "UNC path" or "network drive" when *path* is on a share, else None."""
    if is_unc(path):
        return "UNC path"
    drive, _rest = ntpath.splitdrive(path)
    if len(drive) == 2 and drive[1] == ":" and drive_type(drive + "\\") == DRIVE_REMOTE:
        return "network drive"
    return None


def network_filesystem(
    folder: Path, mounts: list[Mount] | None = None, windows: bool | None = None
) -> str | None:
    """The kind of network file system *folder* is on (e.g. ``nfs4``), or None when it is
    local or not known. *mounts*: the mount table (default: this system's); *windows*:
    the Windows rules (default: on Windows)."""
    if windows is None:
        windows = sys.platform == "win32"
    if windows:
        return windows_network_drive(str(folder.absolute()))
    resolved = PurePosixPath(folder.resolve())
    mount = mount_of(resolved, mount_table() if mounts is None else mounts)
    if mount is None:
        return None
    fstype = mount.fstype.lower()
    if fstype in NETWORK_TYPES or fstype.startswith(("nfs", "fuse.sshfs")):
        return mount.fstype
    return None
