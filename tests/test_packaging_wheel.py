"""The sdist and the wheel: built, installed in a new virtual environment, and used.

Slow (about a minute: the new environment installs PySide6 and the other dependencies):
``python -m pytest -m slow tests/test_packaging_wheel.py``. It runs in the default suite too.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

from tests.test_packaging import (
    DATA_PACKAGES,
    ROOT,
    check_a_build,
    check_the_window,
    clean_environment,
    copy_source,
    runner,
    shipped_files,
)

pytestmark = pytest.mark.slow


def build(source: Path, out: Path) -> tuple[Path, Path]:
    """The sdist, then the wheel built from the sdist (``python -m build``)."""
    done = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, f"python -m build failed: {done.stdout[-3000:]}{done.stderr}"
    (sdist,) = out.glob("fwgdesk-*.tar.gz")
    (wheel,) = out.glob("fwgdesk-*.whl")
    return sdist, wheel


def test_the_wheel_installs_and_works(tmp_path: Path) -> None:
    sdist, wheel = build(copy_source(tmp_path / "source"), tmp_path / "dist")
    with zipfile.ZipFile(wheel) as archive:
        in_wheel = set(archive.namelist())
    with tarfile.open(sdist) as archive:
        in_sdist = set(archive.getnames())
    for package, folder in DATA_PACKAGES.items():
        inside = package.replace(".", "/")
        for name in shipped_files(ROOT / folder):
            assert f"{inside}/{name}" in in_wheel, f"the wheel lacks {inside}/{name}"
            assert any(n.endswith(f"/{folder}/{name}") for n in in_sdist), f"sdist lacks {name}"

    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert installed.returncode == 0, f"pip install failed: {installed.stdout}{installed.stderr}"

    work = tmp_path / "work"
    work.mkdir()
    env = clean_environment(tmp_path / "home")
    where = runner(
        [str(python), "-c", "import fwgdesk.paths as p; print(p.migrations_dir())"], work, env
    )
    assert Path(where().stdout.strip()).is_relative_to(environment), "not the installed fwgdesk"
    check_a_build(runner([str(environment / "bin" / "fwgdesk")], work, env), work)
    window = runner([str(python), str(ROOT / "installer" / "entry_point.py")], work, env)
    check_the_window(window, work)
