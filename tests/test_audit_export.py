"""Exporting the audit trail without the data of removed people, and erasing that data."""

from __future__ import annotations

import codecs
import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from fwgdesk.cli.main import main
from fwgdesk.db.engine import Database
from fwgdesk.db.models import AuditEntry, FocalPoint
from fwgdesk.domain.enums import Gender, Role
from fwgdesk.domain.errors import UsageError
from fwgdesk.domain.people import FocalPointInput
from fwgdesk.exchange.apply import Resolution
from fwgdesk.exchange.undo import undo_last_import
from fwgdesk.paths import DataPaths
from fwgdesk.services.audit_export import AuditExportRequest, export_audit_trail
from fwgdesk.services.audit_forget import forget_removed_people, planned_forget
from fwgdesk.services.imports import apply_import, prepare_import
from fwgdesk.services.people import add_focal_point, remove_focal_point, update_focal_point
from tests.support.cli import run, where

ISO3 = "AGO"
GONE = {"name": "Zuzana Gonewright", "email": "zuzana.gone@example.org", "phone": "+1 555 0101"}
STAYS = {"name": "Oskar Staysworth", "email": "oskar.stays@example.org", "phone": "+1 555 0202"}
IMPORTED = {"name": "Carla Importeda", "email": "carla.imp@example.org", "phone": "+41 22 917 1234"}
FORMULA = '=HYPERLINK("http://example.org")'


def _update(path: Path, sequence: int, **tables: list[dict[str, Any]]) -> Path:
    document = {
        "format": "fwgdesk-update",
        "version": 1,
        "publisher": "UNODC Secretariat",
        "sequence": sequence,
        "issued_at": "2024-05-05T09:00:00Z",
        "as_of": "2024-05-01",
        **tables,
    }
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _import(database: Database, data_dir: Path, path: Path) -> None:
    plan = prepare_import(database, path, data_dir)
    apply_import(database, plan, Resolution(), confirmed=True)


def _person(values: dict[str, str], **extra: Any) -> FocalPointInput:
    return FocalPointInput(
        role=Role.FOCAL_POINT,
        name=values["name"],
        email=values["email"],
        phone=values["phone"],
        title="Chief Inspector",
        gender=Gender.FEMALE,
        languages=("pt", "en"),
        **extra,
    )


def scenario(database: Database, data_dir: Path, folder: Path) -> None:
    """Gone: added and removed locally. Stays: still there, institution a formula. Imported:
    added by import 1, deleted by import 2 (the import that can still be undone)."""
    gone = add_focal_point(database, ISO3, _person(GONE, institution="Ministry of Gone"))
    remove_focal_point(database, gone.id)
    stays = add_focal_point(database, ISO3, _person(STAYS))
    update_focal_point(database, stays.id, _person(STAYS, institution=FORMULA))
    added = {
        "id": "unodc-fp-ago-9",
        "state": ISO3,
        "role": "governmental_expert",  # beside the active focal point who stays
        "designated_on": "2024-01-01",
        **IMPORTED,
    }
    _import(database, data_dir, _update(folder / "update-1.json", 1, focal_points=[added]))
    deletion = {"table": "focal_points", "key": {"id": "unodc-fp-ago-9"}}
    _import(database, data_dir, _update(folder / "update-2.json", 2, deletions=[deletion]))


@pytest.fixture
def filled(database: Database, data_paths: DataPaths, tmp_path: Path) -> Database:
    scenario(database, data_paths.root, tmp_path)
    return database


def export(database: Database, path: Path, **options: Any) -> tuple[bytes, int]:
    result = export_audit_trail(database, path, AuditExportRequest(**options))
    return path.read_bytes(), result.withheld


def present(data: bytes, values: dict[str, str]) -> dict[str, bool]:
    return {key: value.encode("utf-8") in data for key, value in values.items()}


NOTHING = {"name": False, "email": False, "phone": False}
NAME_ONLY = {"name": True, "email": False, "phone": False}
EVERYTHING = {"name": True, "email": True, "phone": True}


def test_removed_people_are_left_out_unless_kept(filled: Database, tmp_path: Path) -> None:
    data, withheld = export(filled, tmp_path / "a.csv", state=ISO3)
    assert present(data, GONE) == NOTHING and present(data, IMPORTED) == NOTHING
    assert b"Ministry of Gone" not in data and b"Chief Inspector" in data  # Stays' title
    assert b"[removed]" in data and withheld > 0
    assert present(data, STAYS) == NAME_ONLY  # contact details withheld from everyone
    assert b"[withheld]" in data

    data, _ = export(filled, tmp_path / "b.csv", state=ISO3, keep_removed="names")
    assert present(data, GONE) == NAME_ONLY and present(data, IMPORTED) == NAME_ONLY
    assert b"Ministry of Gone" not in data

    data, _ = export(filled, tmp_path / "c.json", fmt="json", keep_removed="everything")
    assert present(data, GONE) == NAME_ONLY  # contact details still need including
    assert b"Ministry of Gone" in data

    options = {"keep_removed": "everything", "include_contacts": True}
    data, withheld = export(filled, tmp_path / "d.json", fmt="json", **options)
    assert present(data, GONE) == EVERYTHING and present(data, IMPORTED) == EVERYTHING
    assert withheld == 0 and b"[removed]" not in data and b"[withheld]" not in data


def test_contacts_of_people_still_there_only_when_included(
    filled: Database, tmp_path: Path
) -> None:
    data, _ = export(filled, tmp_path / "a.json", fmt="json", state=ISO3)
    assert present(data, STAYS) == NAME_ONLY
    data, _ = export(filled, tmp_path / "b.json", fmt="json", state=ISO3, include_contacts=True)
    assert present(data, STAYS) == EVERYTHING
    assert present(data, GONE) == NOTHING  # including contacts does not bring back the removed


def test_csv_has_a_bom_and_neutralised_formulas(filled: Database, tmp_path: Path) -> None:
    data, _ = export(filled, tmp_path / "trail.csv", state=ISO3)
    assert data.startswith(codecs.BOM_UTF8)
    rows = list(csv.DictReader(io.StringIO(data[3:].decode("utf-8"))))
    assert list(rows[0]) == [
        "when",
        "state",
        "table",
        "row",
        "action",
        "field",
        "old",
        "new",
        "origin",
        "user",
        "computer",
        "database_role",
        "import_batch",
    ]
    assert {row["state"] for row in rows} == {ISO3}
    assert all(row["user"] and row["computer"] for row in rows), "a change names nobody"
    change = next(row for row in rows if row["field"] == "institution")
    assert change["new"] == "'" + FORMULA and change["origin"] == "local_edit"
    assert not any(cell.startswith("=") for row in rows for cell in row.values())
    assert {row["import_batch"] for row in rows} >= {"update-1.json", "update-2.json"}
    assert all(row["when"].endswith("Z") for row in rows)


def test_json_parses_and_counts(filled: Database, tmp_path: Path) -> None:
    path = tmp_path / "trail.json"
    result = export_audit_trail(filled, path, AuditExportRequest(fmt="json", state=ISO3))
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "fwgdesk-audit-trail"
    assert document["withheld"] == result.withheld > 0
    assert len(document["entries"]) == result.entries
    assert result.removed_people == 2
    inserted = [
        e for e in document["entries"] if e["table"] == "focal_points" and e["action"] == "insert"
    ]
    gone = next(e for e in inserted if e["new"]["name"] == "[removed]")
    assert gone["new"]["role"] == "focal_point" and gone["new"]["state_iso3"] == ISO3
    change = next(e for e in document["entries"] if e["field"] == "institution")
    assert change["new"] == FORMULA  # JSON is not a spreadsheet: kept as it is


def test_whole_trail_and_date_range(filled: Database, tmp_path: Path) -> None:
    today = datetime.now(UTC).date()
    _, _ = export(filled, tmp_path / "all.json", fmt="json")
    everything = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["entries"]
    assert len({e["state"] for e in everything}) > 1
    export(filled, tmp_path / "later.json", fmt="json", since=today + timedelta(days=1))
    assert json.loads((tmp_path / "later.json").read_bytes())["entries"] == []
    export(filled, tmp_path / "today.json", fmt="json", since=today, until=today)
    assert json.loads((tmp_path / "today.json").read_bytes())["entries"]
    with pytest.raises(UsageError, match="before"):
        export(filled, tmp_path / "x.csv", since=today, until=today - timedelta(days=1))
    with pytest.raises(UsageError, match="XYZ"):
        export(filled, tmp_path / "x.csv", state="XYZ")
    with pytest.raises(UsageError, match="keep"):
        export(filled, tmp_path / "x.csv", keep_removed="all")
    assert not (tmp_path / "x.csv").exists()


def _stored(database: Database) -> str:
    with database.session() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "focal_points"))
        return "\n".join(f"{e.batch_id} {e.old_value} {e.new_value}" for e in entries)


def _file_bytes(database: Database) -> bytes:
    assert database.path is not None
    files = [database.path, database.path.with_name(database.path.name + "-wal")]
    return b"".join(path.read_bytes() for path in files if path.exists())


@pytest.mark.file_only  # the erased names are gone from the file's bytes, compacted
def test_forget_erases_removed_people_but_keeps_the_undoable_import(filled: Database) -> None:
    plan = planned_forget(filled)
    assert plan.erased > 0 and plan.kept_for_undo > 0 and plan.people == 2
    report = forget_removed_people(filled)
    assert (report.erased, report.kept_for_undo) == (plan.erased, plan.kept_for_undo)
    assert report.backup is not None and report.backup.name.endswith("-pre-forget.sqlite3")
    assert GONE["name"].encode() in report.backup.read_bytes()  # the backup is the way back
    assert report.compacted

    stored = _stored(filled)
    assert GONE["name"] not in stored and GONE["email"] not in stored
    assert "[removed]" in stored and "Ministry of Gone" not in stored
    assert STAYS["email"] in stored  # people still there are not touched
    kept = [line for line in stored.splitlines() if IMPORTED["name"] in line]
    assert len(kept) == 1 and kept[0].startswith(str(report.undoable_batch))
    raw = _file_bytes(filled)
    assert GONE["name"].encode() not in raw and GONE["email"].encode() not in raw

    again = forget_removed_people(filled)
    assert again.erased == 0 and again.backup is None

    undo_last_import(filled)  # the deleted person comes back whole from the kept snapshot
    with filled.session() as session:
        back = session.scalars(
            select(FocalPoint).where(FocalPoint.external_id == "unodc-fp-ago-9")
        ).one()
        assert (back.name, back.email, back.phone) == tuple(IMPORTED.values())


def test_forget_keeping_names(filled: Database) -> None:
    report = forget_removed_people(filled, keep="names")
    assert report.erased > 0
    stored = _stored(filled)
    assert GONE["name"] in stored and GONE["email"] not in stored
    with pytest.raises(UsageError):
        forget_removed_people(filled, keep="everything")


def test_cli_history_export_and_forget(
    capsys: pytest.CaptureFixture[str], filled: Database, data_paths: DataPaths, tmp_path: Path
) -> None:
    common = where(filled, data_paths)
    out_file = tmp_path / "trail.csv"
    code, out, err = run(
        capsys,
        "history",
        "export",
        "--state",
        ISO3,
        "--format",
        "csv",
        "--out",
        str(out_file),
        *common,
    )
    assert code == 0, err
    assert "change(s) written to" in out and "withheld" in out
    assert present(out_file.read_bytes(), GONE) == NOTHING

    json_file = tmp_path / "trail.json"
    code, out, err = run(
        capsys,
        "history",
        "export",
        "--format",
        "json",
        "--out",
        str(json_file),
        "--include-contacts",
        "--keep-removed",
        "names",
        "--since",
        datetime.now(UTC).date().isoformat(),
        *common,
    )
    assert code == 0, err
    assert present(json_file.read_bytes(), GONE) == {"name": True, "email": False, "phone": False}
    assert present(json_file.read_bytes(), STAYS) == EVERYTHING

    with pytest.raises(SystemExit) as stop:
        main(["history", "export", "--format", "csv", "--out", "x", "--since", "soon", *common])
    assert stop.value.code == 2 and "not a date" in capsys.readouterr().err

    code, out, err = run(capsys, "db", "forget-removed-people", "--keep", "names", *common)
    assert code == 0, err
    assert "pre-forget" in out and "personal values erased:" in out
    assert "kept while import" in out
    assert GONE["email"] not in _stored(filled) and GONE["name"] in _stored(filled)
