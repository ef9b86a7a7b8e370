"""The command line: the foundation's commands, their JSON, and their errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from fwgdesk import __version__
from fwgdesk.cli.main import main
from fwgdesk.db.backup import copy_database, quick_check
from fwgdesk.paths import DataPaths
from tests.support.cli import run


@pytest.fixture
def data_dir(data_paths: DataPaths, template_database: Path) -> Path:
    copy_database(template_database, data_paths.database)
    return data_paths.root


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return json.loads(out)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"fwgdesk {__version__}"


def test_catalogue_list_json_has_the_132_items(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    items = run_json(capsys, "catalogue", "list", "--json", "--data-dir", str(data_dir))
    assert len(items) == 132
    assert Counter(i["source"] for i in items) == {
        "WG8": 47,
        "WG9": 18,
        "RES11.6": 29,
        "BG2014": 10,
        "CS": 28,
    }
    first = items[0]
    assert first["code"] == "WG8-R1", "the catalogue is not in its order"
    assert first["texts"]["zh"], "the Chinese text is missing"
    assert first["themes"], "the themes are missing"


def test_catalogue_filters(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    common = ("--data-dir", str(data_dir))
    wg9 = run_json(capsys, "catalogue", "list", "--source", "WG9", "--json", *common)
    assert len(wg9) == 18
    ammunition = run_json(capsys, "catalogue", "list", "--theme", "ammunition", "--json", *common)
    assert {f"WG9-R{n}" for n in range(4, 18)} <= {i["code"] for i in ammunition}


def test_catalogue_search_finds_the_ammunition_recommendations(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    found = run_json(capsys, "--data-dir", str(data_dir), "catalogue", "search", "弹药", "--json")
    assert {f"WG9-R{n}" for n in range(4, 18)} <= {i["code"] for i in found}
    code, out, _ = run(capsys, "catalogue", "search", "弹药", "--data-dir", str(data_dir))
    assert code == 0 and "WG9-R4" in out and "items" in out


def test_states_list(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    states = run_json(capsys, "states", "list", "--json", "--data-dir", str(data_dir))
    assert len(states) == 194
    china = next(s for s in states if s["iso3"] == "CHN")
    assert china["names"]["zh"] == "中国" and china["protocol_status"] == "signatory"
    code, out, _ = run(capsys, "states", "list", "--data-dir", str(data_dir))
    assert code == 0 and "194 States" in out and "多民族玻利维亚国" in out


def test_db_commands(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, _ = run(capsys, "db", "upgrade", "--data-dir", str(data_dir))
    assert code == 0 and "already at revision" in out
    code, out, _ = run(capsys, "db", "check", "--data-dir", str(data_dir))
    assert code == 0 and "ok" in out
    code, out, _ = run(capsys, "db", "backup", "--data-dir", str(data_dir))
    backup = Path(out.strip())
    assert code == 0 and backup.is_file() and quick_check(backup) == []


def test_user_mistakes_get_a_message_not_a_traceback(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, err = run(capsys, "catalogue", "list", "--source", "XX", "--data-dir", str(data_dir))
    assert code == 2 and out == ""
    assert err.startswith("fwgdesk: error: unknown source 'XX'") and "Traceback" not in err


def test_a_damaged_database_is_reported_with_its_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "fwgdesk.sqlite3").write_bytes(b"garbage" * 1000)
    code, _, err = run(capsys, "states", "list", "--data-dir", str(tmp_path))
    assert code == 3 and "fwgdesk.sqlite3" in err and "Traceback" not in err


def test_database_url_option(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'elsewhere.sqlite3'}"
    states = run_json(capsys, "states", "list", "--json", "--database", url)
    assert len(states) == 194 and (tmp_path / "elsewhere.sqlite3").is_file()


def test_the_installed_command_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "fwgdesk", "--data-dir", str(tmp_path), "states", "list", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 194


def test_a_reader_that_goes_away_is_not_an_error(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``fwgdesk states list | head -1``: the closed pipe is met inside the command (exit
    0, quietly), not in the flush at interpreter exit ("Exception ignored …")."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone
    raw = io.FileIO(write_end, "w")
    stream = io.TextIOWrapper(io.BufferedWriter(raw, buffer_size=1 << 20), encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stream)
    assert main(["--data-dir", str(data_dir), "states", "list"]) == 0
    stream.flush()  # what the interpreter does at exit: nothing left to fail
    stream.close()
