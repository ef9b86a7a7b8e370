"""Only genuine updates: the bytes verified are the bytes parsed, only regular files are
read, a publisher's updates only under its keys, the whole preview shown, no backup for a
refused import."""

from __future__ import annotations

import json
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from fwgdesk.db.engine import Database
from fwgdesk.db.rotation import backups
from fwgdesk.domain.wording import english
from fwgdesk.exchange import keyfiles, keystore, signing
from fwgdesk.exchange.apply import Resolution
from fwgdesk.exchange.problems import UpdateRejectedError
from fwgdesk.paths import DataPaths
from fwgdesk.services.backups import backups_folder
from fwgdesk.services.imports import apply_import, prepare_import
from fwgdesk.services.links import list_links
from tests.support.cli import run

POSIX = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and links are POSIX")


@contextmanager
def within(seconds: int) -> Iterator[None]:
    """Fail instead of hanging (a FIFO opened for reading waits for a writer)."""

    def expired(*_args: Any) -> None:
        raise AssertionError(f"still waiting after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def document(sequence: int, status: str, publisher: str = "UNODC Secretariat") -> bytes:
    links = [
        {"state": "KEN", "recommendation": code, "status": status}
        for code in ("WG9-R4", "WG9-R5", "WG8-R1")
    ]
    update = {
        "format": "fwgdesk-update",
        "version": 1,
        "publisher": publisher,
        "sequence": sequence,
        "recommendation_links": links,
    }
    return json.dumps(update).encode()


def csv_folder(root: Path) -> Path:
    folder = root / "update-7"
    folder.mkdir()
    (folder / "manifest.csv").write_text(
        "key,value\nformat,fwgdesk-update\nversion,1\npublisher,UNODC\nsequence,7\n"
    )
    (folder / "states.csv").write_text("iso3,protocol_status\nKEN,party\n")
    return folder


def refusal(database: Database, path: Path) -> str:
    with pytest.raises(UpdateRejectedError) as refused, within(10):
        prepare_import(database, path, path.parent)
    return english(refused.value)


@POSIX
def test_a_fifo_in_a_csv_folder_is_refused_without_waiting(
    database: Database, tmp_path: Path
) -> None:
    folder = csv_folder(tmp_path)
    os.mkfifo(folder / "links.csv")
    said = refusal(database, folder)
    assert "links.csv is a named pipe (FIFO), not a regular file" in said, said


@POSIX
def test_a_csv_link_in_a_folder_is_refused_and_its_target_not_read(
    database: Database, tmp_path: Path
) -> None:
    folder = csv_folder(tmp_path)
    secret = tmp_path / "secret.csv"
    secret.write_text("password,hunter2\n")
    (folder / "links.csv").symlink_to(secret)
    said = refusal(database, folder)
    assert "links.csv is a symbolic link, not a regular file" in said, said
    assert "signed folder" not in said, "an unsigned folder is refused as a signed one"
    assert "hunter2" not in said and "password" not in said, "the target was read"


@POSIX
def test_an_update_file_that_is_a_link_is_refused(database: Database, tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_bytes(document(1, "implemented"))
    (tmp_path / "update.json").symlink_to(real)
    said = refusal(database, tmp_path / "update.json")
    assert "is a symbolic link, not a regular file" in said, said


@POSIX
def test_a_fifo_as_signature_is_an_invalid_signature_not_a_hang(
    database: Database, data_paths: DataPaths, tmp_path: Path
) -> None:
    path = tmp_path / "update.json"
    path.write_bytes(document(1, "implemented"))
    os.mkfifo(tmp_path / "update.json.sig")
    with within(10):
        plan = prepare_import(database, path, data_paths.root)
    assert plan.signature.status == "invalid", english(plan.signature)
    assert "named pipe" in english(plan.signature), english(plan.signature)
    assert plan.decision == "refuse", "an update with an unreadable .sig would be applied"


def _keys(root: Path, name: str) -> Path:
    folder = root / name
    folder.mkdir()
    keyfiles.generate_keypair(folder / f"{name}.key", folder / f"{name}.pub", None)
    return folder / f"{name}.key"


def test_a_file_swapped_while_imports_run_is_never_taken_as_signed(
    database: Database, data_paths: DataPaths, tmp_path: Path
) -> None:
    secretariat = _keys(tmp_path, "secretariat")
    keystore.trust_key(data_paths.root, secretariat.with_suffix(".pub"), "UNODC Secretariat")
    path, spare = tmp_path / "update.json", tmp_path / "spare.json"
    path.write_bytes(document(1, "implemented"))
    signing.sign_file(path, secretariat, None)
    versions = [document(1, "implemented"), document(1, "not_applicable")]
    stop = threading.Event()

    def swap() -> None:
        turn = 0
        while not stop.is_set():
            turn += 1
            spare.write_bytes(versions[turn % 2])
            spare.replace(path)

    swapper = threading.Thread(target=swap)
    swapper.start()
    outcomes: dict[str, int] = {}
    try:
        for _ in range(50):
            plan = prepare_import(database, path, data_paths.root)
            outcomes[plan.signature.status] = outcomes.get(plan.signature.status, 0) + 1
            if plan.signature.status == "trusted":
                rows = plan.update.rows("recommendation_links")
                statuses = {row.values["status"] for row in rows}
                assert statuses == {"implemented"}, "altered content passed as signed"
    finally:
        stop.set()
        swapper.join()
    assert set(outcomes) <= {"trusted", "invalid"}, f"outcomes: {outcomes}"


def test_a_publishers_updates_are_accepted_under_its_keys_only(
    database: Database, data_paths: DataPaths, tmp_path: Path
) -> None:
    secretariat, other = _keys(tmp_path, "secretariat"), _keys(tmp_path, "austria")
    keystore.trust_key(
        data_paths.root, secretariat.with_suffix(".pub"), "Secretariat", "UNODC Secretariat"
    )
    keystore.trust_key(data_paths.root, other.with_suffix(".pub"), "Austria")
    path = tmp_path / "update.json"
    path.write_bytes(document(9, "implemented"))
    plan = prepare_import(database, path, data_paths.root)
    assert plan.decision == "refuse", "an unsigned update in the Secretariat's name passed"
    assert "whose updates are signed with the key" in english(plan.signature)
    signing.sign_file(path, other, None)
    plan = prepare_import(database, path, data_paths.root)
    assert plan.decision == "refuse", "another trusted key spoke for the Secretariat"
    signing.sign_file(path, secretariat, None)
    plan = prepare_import(database, path, data_paths.root)
    assert (plan.signature.status, plan.decision) == ("trusted", "accept"), english(plan.signature)


def test_a_refused_import_leaves_no_backup(
    database: Database, data_paths: DataPaths, tmp_path: Path
) -> None:
    first, again = tmp_path / "first.json", tmp_path / "again.json"
    first.write_bytes(document(5, "implemented"))
    again.write_bytes(document(5, "not_applicable"))  # the same sequence: older or repeated
    apply_import(database, prepare_import(database, first, data_paths.root), Resolution(), True)
    folder = backups_folder(database)
    assert folder is not None, "the database has no backups folder"
    before = backups(folder)
    with pytest.raises(UpdateRejectedError) as refused:
        apply_import(database, prepare_import(database, again, data_paths.root), Resolution(), True)
    assert "sequence 5" in english(refused.value), english(refused.value)
    assert backups(folder) == before, "a backup was made for nothing"
    assert {link.status for link in list_links(database, "KEN")} == {"implemented"}


def test_the_command_line_shows_every_change_and_flags_damage(
    database: Database,
    data_paths: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    names = [{"iso3": row, "name_fr": "??????"} for row in ("CIV", "SEN", "MLI")]
    unchanged = [{"iso3": "FRA", "regional_group": "WEOG"}]
    update = {
        "format": "fwgdesk-update",
        "version": 1,
        "publisher": "Test",
        "sequence": 1,
        "states": names + unchanged,
    }
    path = tmp_path / "ansi.json"
    path.write_text(json.dumps(update))
    database.dispose()
    root = str(data_paths.root)
    code, out, _err = run(capsys, "import", str(path), "--dry-run", "--data-dir", root)
    assert code == 0, out
    assert "name_fr: Côte d’Ivoire → ??????" in out or "name_fr: Côte d'Ivoire → ??????" in out, out
    assert out.count("[CHECK: letters turned into question marks") == 3, out
    assert "3 changes look like damage" in out, out
    preview = tmp_path / "preview.txt"
    code, out, _err = run(
        capsys, "import", str(path), "--dry-run", "--preview-file", str(preview), "--data-dir", root
    )
    assert f"is in {preview}" in out, out
    written = preview.read_text(encoding="utf-8")
    assert written.count("[CHECK:") == 3, written
    missing = [code for code in ("CIV", "SEN", "MLI") if f"states {code}" not in written]
    assert missing == [], f"changes missing from the file: {missing}"
