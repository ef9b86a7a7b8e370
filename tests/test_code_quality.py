"""The code stays lint-clean, formatted, typed, and free of Qt below the UI layer."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE_PACKAGES = ("domain", "db", "services", "cli", "exchange", "reports")


def tool(name: str) -> list[str]:
    if shutil.which(name, path=str(Path(sys.executable).parent)) is None:
        pytest.skip(f"{name} is not installed")
    return [sys.executable, "-m", name]


def run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_lint_and_format() -> None:
    lint = run([*tool("ruff"), "check", "."])
    assert lint.returncode == 0, lint.stdout + lint.stderr
    formatted = run([*tool("ruff"), "format", "--check", "."])
    assert formatted.returncode == 0, formatted.stdout + formatted.stderr


def test_mypy_strict() -> None:
    result = run([*tool("mypy")])
    assert result.returncode == 0, result.stdout + result.stderr


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", CORE_PACKAGES)
def test_the_core_does_not_import_qt(package: str) -> None:
    folder = ROOT / "fwgdesk" / package
    for path in folder.rglob("*.py"):
        modules = imported_modules(path)
        assert not {m for m in modules if m.startswith("PySide6")}, path
        if package != "cli":
            assert not {m for m in modules if m.startswith("fwgdesk.ui")}, path


def test_the_window_starts_without_the_heavy_file_libraries() -> None:
    """openpyxl, ReportLab and Alembic are imported when they are first needed, not at start."""
    code = (
        "import sys; import fwgdesk.ui.app, fwgdesk.cli.main; "
        "print(' '.join(m for m in ('openpyxl', 'reportlab', 'alembic') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == ""


def test_the_readme_states_every_rule_as_the_code_declares_it() -> None:
    from fwgdesk.domain.rules import RULES

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [rule.id.value for rule in RULES if rule.text not in readme]
    assert missing == [], f"rules not stated in the README as in fwgdesk/domain/rules.py: {missing}"
