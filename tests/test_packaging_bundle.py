"""The Linux bundle: built by ``installer/build-linux``, then used from the bundle alone.

Slow and CPU heavy (several minutes on two cores), so left out of the default run:
``python -m pytest -m bundle tests/test_packaging_bundle.py`` (``-m slow`` runs it with the
wheel's test). Needs binutils and Python's shared library, like the build.
"""

from __future__ import annotations

import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from tests.test_packaging import (
    ROOT,
    check_a_build,
    check_the_window,
    clean_environment,
    runner,
)

pytestmark = [pytest.mark.slow, pytest.mark.bundle]
LIMIT_MB = 200


def folder_size_mb(folder: Path) -> float:
    """The size of the files, links counted as links (as du counts)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir()) / 1e6


def build_bundle(tmp_path: Path) -> Path:
    """Build into *tmp_path* and unpack the .tar.gz; return the unpacked folder."""
    options = ["--work", str(tmp_path / "work"), "--out", str(tmp_path / "out")]
    built = subprocess.run(
        [str(ROOT / "installer" / "build-linux"), *options],
        capture_output=True,
        text=True,
        timeout=3600,
    )
    print(built.stdout)  # the size and the start times, with pytest -s
    assert built.returncode == 0, f"build-linux failed: {built.stdout[-4000:]}{built.stderr}"
    (archive,) = (tmp_path / "out").glob("fwgdesk-*-linux-*.tar.gz")
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    (folder,) = (tmp_path / "unpacked").iterdir()
    return folder


def check_the_desktop_files(folder: Path, tmp_path: Path) -> None:
    share = folder / "share"
    desktop = share / "applications" / "fwgdesk.desktop"
    metainfo = share / "metainfo" / "org.fwgdesk.fwgdesk.metainfo.xml"
    for path in (desktop, metainfo, share / "icons/hicolor/256x256/apps/fwgdesk.png"):
        assert path.is_file(), f"the bundle lacks {path.relative_to(folder)}"
    assert "@VERSION@" not in metainfo.read_text(encoding="utf-8"), "metainfo without version"
    for tool, args in (
        ("desktop-file-validate", [desktop]),
        ("appstreamcli", ["validate", "--no-net", metainfo]),
    ):
        if shutil.which(tool):
            checked = subprocess.run([tool, *map(str, args)], capture_output=True, text=True)
            assert checked.returncode == 0, f"{tool}: {checked.stdout}{checked.stderr}"
    home = tmp_path / "home"
    env = clean_environment(home, XDG_DATA_HOME=str(home / "share"))
    installed = subprocess.run(
        [str(folder / "install-desktop-entry")], env=env, capture_output=True, text=True
    )
    assert installed.returncode == 0, f"install-desktop-entry: {installed.stderr}"
    entry = (home / "share" / "applications" / "fwgdesk.desktop").read_text(encoding="utf-8")
    assert f'Exec="{folder}/fwgdesk"' in entry, f"the menu entry does not start the bundle: {entry}"


def test_the_linux_bundle_works_without_python(tmp_path: Path) -> None:
    folder = build_bundle(tmp_path)
    size = folder_size_mb(folder)
    assert size < LIMIT_MB, f"the bundle is {size:.0f} MB unpacked, over {LIMIT_MB} MB"
    check_the_desktop_files(folder, tmp_path)

    work, nothing = tmp_path / "run", tmp_path / "empty-path"
    work.mkdir()
    nothing.mkdir()
    env = clean_environment(tmp_path / "home", PATH=str(nothing))  # no Python to be found
    fwgdesk = runner([str(folder / "fwgdesk")], work, env)
    check_a_build(fwgdesk, work)
    seconds = check_the_window(fwgdesk, work)
    print(f"bundle: {size:.0f} MB unpacked, window shown after {seconds:.2f} s")
