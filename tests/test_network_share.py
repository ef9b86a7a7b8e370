"""Whether the data folder lies on a network share, and the warning when it does."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from fwgdesk.cli.main import main
from fwgdesk.db import filesystems
from fwgdesk.db.backup import copy_database
from fwgdesk.db.filesystems import (
    Mount,
    is_unc,
    mount_of,
    network_filesystem,
    parse_mount_output,
    parse_proc_mounts,
    windows_network_drive,
)
from fwgdesk.domain.wording import english
from fwgdesk.paths import DataPaths
from fwgdesk.services.startup import open_database

PROC_MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export/home /home nfs4 rw,relatime 0 0
/dev/sdb1 /home/local ext4 rw 0 0
//nas/office\\040share /mnt/office\\040share cifs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


def test_the_longest_mount_point_decides() -> None:
    mounts = parse_proc_mounts(PROC_MOUNTS)
    assert Mount("/mnt/office share", "cifs") in mounts
    assert mount_of(PurePosixPath("/home/ana/data"), mounts) == Mount("/home", "nfs4")
    assert mount_of(PurePosixPath("/home/local/data"), mounts) == Mount("/home/local", "ext4")
    assert mount_of(PurePosixPath("/homework"), mounts) == Mount("/", "ext4")
    assert network_filesystem(Path("/home/ana/data"), mounts) == "nfs4"
    assert network_filesystem(Path("/mnt/office share/fwgdesk"), mounts) == "cifs"
    assert network_filesystem(Path("/home/local/fwgdesk"), mounts) is None
    assert network_filesystem(Path("/var/lib/fwgdesk"), mounts) is None
    assert network_filesystem(Path("/var/lib/fwgdesk"), []) is None


def test_the_macos_mount_output_is_read() -> None:
    output = (
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "//ana@nas._smb._tcp.local/Office on /Volumes/Office (smbfs, nodev, nosuid)\n"
    )
    mounts = parse_mount_output(output)
    assert mounts == [Mount("/", "apfs"), Mount("/Volumes/Office", "smbfs")]
    assert network_filesystem(Path("/Volumes/Office/fwgdesk"), mounts) == "smbfs"
    assert network_filesystem(Path("/Users/ana/fwgdesk"), mounts) is None


def test_windows_shares_and_network_drives() -> None:
    assert is_unc(r"\\server\share\fwgdesk") and is_unc("//server/share")
    assert is_unc(r"\\?\UNC\server\share\fwgdesk")
    assert not is_unc(r"C:\Users\ana\fwgdesk") and not is_unc(r"\\?\C:\Users")
    assert not is_unc(r"\\.\PhysicalDrive0") and not is_unc(r"\\server")
    remote = {"Z:\\": 4, "C:\\": 3}.get
    assert windows_network_drive(r"\\server\share\fwgdesk", lambda _r: 3) == "UNC path"
    assert windows_network_drive(r"Z:\fwgdesk", lambda r: remote(r, 0)) == "network drive"
    assert windows_network_drive(r"C:\Users\ana", lambda r: remote(r, 0)) is None
    assert network_filesystem(Path("/home/ana"), [], windows=True) is None


def test_a_database_on_a_network_share_opens_with_a_warning(
    data_paths: DataPaths,
    template_database: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    copy_database(template_database, data_paths.database)
    local = open_database(data_paths)
    local.database.dispose()
    assert not any("network" in english(w) for w in local.warnings)
    shared = [Mount("/", "ext4"), Mount(str(data_paths.root.resolve()), "nfs4")]
    monkeypatch.setattr(filesystems, "mount_table", lambda: shared)
    opened = open_database(data_paths)
    opened.database.dispose()
    warning = next(english(w) for w in opened.warnings if "network share" in english(w))
    assert str(data_paths.root) in warning and "nfs4" in warning
    assert "local disk" in warning and "PostgreSQL" in warning
    assert main(["states", "list", "--json", "--data-dir", str(data_paths.root)]) == 0
    assert "fwgdesk: warning:" in capsys.readouterr().err
