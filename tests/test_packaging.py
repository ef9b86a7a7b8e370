"""Packaging: what the wheel carries, and the scenario every build must pass.

The fast tests here check the package list and data patterns of ``pyproject.toml`` against
the tree. The slow ones (``tests/test_packaging_wheel.py``, ``tests/test_packaging_bundle.py``)
build fwgdesk and run :func:`check_a_build` against what they built.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable, Sequence
from pathlib import Path

from fwgdesk import __version__
from fwgdesk.paths import icon_file, migrations_dir, resources_dir

ROOT = Path(__file__).resolve().parents[1]
DATA_PACKAGES = {"fwgdesk.resources": "resources", "fwgdesk.migrations": "migrations"}
NOT_SHIPPED = ("__pycache__", ".pyc")
# What a copy of the source for a build leaves out (caches, environments, earlier builds).
SOURCE_IGNORED = shutil.ignore_patterns(
    ".git", ".venv*", "build", "dist", "*.egg-info", "__pycache__", ".*cache", ".hypothesis"
)

UPDATE = {
    "format": "fwgdesk-update",
    "version": 1,
    "publisher": "UNODC Secretariat",
    "sequence": 1,
    "issued_at": "2025-01-10T09:00:00Z",
    "as_of": "2025-01-10",
    "focal_points": [
        {
            "id": "fp-are-1",
            "state": "ARE",
            "role": "focal_point",
            "name": "فاطمة المنصوري",
            "designated_on": "2024-01-15",
        }
    ],
}


def setuptools_config() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        tool: dict[str, dict[str, object]] = tomllib.load(file)["tool"]
    return tool["setuptools"]


def shipped_files(folder: Path) -> set[str]:
    """The files of *folder* a package must carry, relative to it."""
    return {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and not any(part in str(path) for part in NOT_SHIPPED)
    }


def test_every_package_of_the_source_is_listed_in_pyproject() -> None:
    listed = set(setuptools_config()["packages"])  # type: ignore[call-overload]
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "fwgdesk").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    missing = sorted(found - listed)
    assert not missing, f"packages missing from [tool.setuptools] packages: {missing}"
    assert set(DATA_PACKAGES) <= listed, f"the data packages are not listed: {sorted(listed)}"


def test_every_file_of_resources_and_migrations_matches_the_package_data() -> None:
    config = setuptools_config()
    package_dir: dict[str, str] = config["package-dir"]  # type: ignore[assignment]
    patterns: dict[str, list[str]] = config["package-data"]  # type: ignore[assignment]
    for package, folder_name in DATA_PACKAGES.items():
        assert package_dir.get(package) == folder_name, f"{package} is not mapped to {folder_name}"
        folder = ROOT / folder_name
        matched = {
            path.relative_to(folder).as_posix()
            for pattern in patterns[package]
            for path in folder.glob(pattern)
        }
        modules = {path.name for path in folder.glob("*.py")}  # the package's own modules
        left_out = sorted(shipped_files(folder) - matched - modules)
        assert not left_out, f"files of {folder_name}/ no package-data pattern carries: {left_out}"


def test_resources_and_migrations_are_found_as_packages() -> None:
    import fwgdesk.migrations
    import fwgdesk.resources

    assert resources_dir() == Path(fwgdesk.resources.__file__).parent, "resources_dir()"
    assert migrations_dir() == Path(fwgdesk.migrations.__file__).parent, "migrations_dir()"
    assert (migrations_dir() / "env.py").is_file(), f"no env.py in {migrations_dir()}"
    assert (resources_dir() / "catalogue" / "themes.json").is_file(), "no catalogue"


def test_the_icon_is_a_square_svg() -> None:
    text = icon_file().read_text(encoding="utf-8")
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in text, f"not an SVG: {icon_file()}"
    assert 'width="256" height="256"' in text, "the icon is not drawn on a 256 px square"


def test_the_icon_files_are_made_from_the_svg(tmp_path: Path) -> None:
    made = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "make_icons.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, f"make_icons.py failed: {made.stdout}{made.stderr}"
    from PIL import Image

    with Image.open(tmp_path / "fwgdesk.ico") as ico:
        sizes = ico.info["sizes"]
    assert {(16, 16), (32, 32), (256, 256)} <= sizes, f"the ICO has only {sorted(sizes)}"
    with Image.open(tmp_path / "fwgdesk.icns") as icns:
        assert icns.format == "ICNS", f"fwgdesk.icns is {icns.format}"
    with Image.open(tmp_path / "fwgdesk-16.png") as small:
        corner, middle = small.getpixel((0, 0)), small.getpixel((6, 13))
    assert corner[3] < 32, f"the 16 px icon's rounded corner is not transparent: {corner}"
    assert middle[:3] == (255, 255, 255), f"the sheet is not white at 16 px: {middle}"


# --- the scenario the slow tests run against a build ------------------------------------------


def copy_source(target: Path) -> Path:
    """A copy of the checkout as a clean clone has it (no caches, environments or builds)."""
    shutil.copytree(ROOT, target, ignore=SOURCE_IGNORED)
    return target


def clean_environment(home: Path, **extra: str) -> dict[str, str]:
    """An environment without the test's Python: only system paths, a private home."""
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "FWGDESK_CONFIG_DIR": str(home / "config"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    env.update(extra)
    return env


Runner = Callable[..., subprocess.CompletedProcess[str]]


def runner(command: Sequence[str], cwd: Path, env: dict[str, str]) -> Runner:
    """Run *command* with more arguments (and variables); fail with its output when it fails."""

    def run(*args: str, ok: bool = True, **variables: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [*command, *args],
            cwd=cwd,
            env={**env, **variables},
            capture_output=True,
            text=True,
            timeout=300,
        )
        if ok:
            assert done.returncode == 0, f"fwgdesk {' '.join(args)}: {done.stdout}{done.stderr}"
        return done

    return run


def check_a_build(fwgdesk: Runner, work: Path) -> None:
    """Version, a new database, the catalogue, a signed import, a Chinese and an Arabic sheet."""
    version = fwgdesk("--version").stdout.strip()
    assert version == f"fwgdesk {__version__}", f"--version printed {version!r}"
    data = ["--data-dir", str(work / "data")]
    upgraded = fwgdesk("db", "upgrade", *data)
    assert (work / "data" / "fwgdesk.sqlite3").is_file(), f"no database: {upgraded.stdout}"
    items = json.loads(fwgdesk("catalogue", "list", "--json", *data).stdout)
    assert len(items) == 132, f"the catalogue has {len(items)} items, not 132"
    keys, update = work / "keys", work / "update.json"
    update.write_text(json.dumps(UPDATE, ensure_ascii=False), encoding="utf-8")
    fwgdesk("keys", "generate", "--out", str(keys), "--name", "unodc", *data)
    fwgdesk("keys", "trust", str(keys / "unodc.pub"), "--name", "UNODC", *data)
    fwgdesk("update", "sign", str(update), "--key", str(keys / "unodc.key"), *data)
    imported = fwgdesk("import", str(update), "--yes", *data).stdout
    assert "Signed by UNODC" in imported, f"the signature was not checked: {imported}"
    assert "focal_points: added 1" in imported, f"the import added nothing: {imported}"
    for iso3, language, font in (("ARE", "ar", b"NotoNaskhArabic"), ("CHN", "zh", b"NotoSansSC")):
        sheet = work / f"{iso3}-{language}.pdf"
        fwgdesk("report", "state", iso3, "--lang", language, "--out", str(sheet), *data)
        content = sheet.read_bytes()
        assert content.startswith(b"%PDF"), f"{sheet.name} is not a PDF"
        assert font in content, f"{sheet.name} does not embed {font.decode()}"


def check_the_window(window: Runner, work: Path) -> float:
    """Open the window offscreen and close it (``installer/entry_point.py``'s smoke mode).

    Returns the seconds from before the process started to the window shown.
    """
    shown = window(
        "--data-dir",
        str(work / "data"),
        FWGDESK_SMOKE_WINDOW="1",
        FWGDESK_SMOKE_STARTED=repr(time.time()),
    ).stdout
    assert "windows: MainWindow" in shown, f"the main window was not shown: {shown}"
    assert "icon: drawn" in shown, f"the window has no icon: {shown}"
    line = next(line for line in shown.splitlines() if line.startswith("window shown after"))
    return float(line.split()[3])


def test_the_windows_installer_is_per_user_and_keeps_the_data() -> None:
    """What can be checked of the Inno Setup script without Windows (it is compiled in CI)."""
    script = (ROOT / "installer" / "windows" / "fwgdesk.iss").read_text(encoding="utf-8")
    sections = [line for line in script.splitlines() if line.startswith("[")]
    expected = ["[Setup]", "[Languages]", "[CustomMessages]", "[Tasks]", "[Files]"]
    assert sections[: len(expected)] == expected, f"unexpected sections: {sections}"
    settings = dict(
        line.split("=", 1)
        for line in script.split("[Setup]")[1].split("\n[")[0].splitlines()
        if "=" in line and not line.startswith(";")
    )
    assert settings.get("PrivilegesRequired") == "lowest", "the installer would ask for admin"
    assert "PrivilegesRequiredOverridesAllowed" not in settings, "the user could be asked"
    assert settings.get("DefaultDirName") == r"{autopf}\fwgdesk", "not the per-user folder"
    assert r'"{autoprograms}\fwgdesk"' in script, "no Start menu entry"
    assert "Box.Checked := False;" in script, "the data would be deleted unless unticked"
    assert "if UninstallSilent() then" in script, "a silent uninstall would ask"
