"""Reading an update's values: every problem of a file at once, located in the container's
terms; codes matched exactly; numbers, nulls and texts the database could not hold refused
before anything is written, never a traceback."""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]
import pytest

from fwgdesk.db.engine import Database
from fwgdesk.domain.wording import english
from fwgdesk.exchange.apply import Provenance, Resolution, apply_update
from fwgdesk.exchange.coerce import typed_update
from fwgdesk.exchange.containers import read_update, write_update
from fwgdesk.exchange.problems import JSON, Location, Problem, UpdateRejectedError
from fwgdesk.exchange.validate import checked_update
from fwgdesk.paths import DataPaths
from tests.support.cli import run
from tests.test_exchange_containers import MANIFEST_CSV, csv_folder, sample_update

HEADER = {"format": "fwgdesk-update", "version": 1, "publisher": "UNODC", "sequence": 3}
PERSON = {"id": "p1", "state": "KEN", "role": "observer", "name": "Wanjiru Kamau"}


def json_file(tmp_path: Path, name: str = "u.json", **tables: Any) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({**HEADER, **tables}, ensure_ascii=False), encoding="utf-8")
    return path


def typing_problems(path: Path) -> list[str]:
    """What typing the update in *path* finds wrong (reading it must succeed)."""
    problems: list[Problem] = []
    typed_update(read_update(path), problems)
    return [english(p.as_message()) for p in problems]


def check_problems(database: Database, path: Path) -> list[str]:
    """Every problem of the update in *path*, as one import's check lists them."""
    with database.session() as session, pytest.raises(UpdateRejectedError) as refused:
        checked_update(read_update(path), session)
    return [english(p.as_message()) for p in refused.value.problems]


# -- A: every problem at once, in the container's terms --------------------------------------


def test_one_check_lists_every_problem_of_a_file(database: Database, tmp_path: Path) -> None:
    people = [
        {**PERSON, "role": "boss", "gender": "f", "designated_on": "2022-13-45"},
        {**PERSON, "id": "p2", "state": "XXX", "role": "focal_point", "gender": None},
        {**PERSON, "id": "p2", "email": "nope", "languages": ["EN"]},
    ]
    links = [{"state": "KEN", "recommendation": "WG8-R999", "status": "done"}]
    path = json_file(tmp_path, "bad.json", focal_points=people, recommendation_links=links)
    assert check_problems(database, path) == [
        "bad.json, table focal_points, item 1, field role: 'boss' is not one of: focal_point,"
        " governmental_expert, observer, firearms_contact_point",
        "bad.json, table focal_points, item 1, field gender: 'f' is not one of: female, male,"
        " other, undisclosed",
        "bad.json, table focal_points, item 1, field designated_on: '2022-13-45' is not a date"
        " (YYYY-MM-DD)",
        "bad.json, table focal_points, item 2, field gender: this column cannot be emptied:"
        " give a value, or leave the column out to keep the current one",
        "bad.json, table focal_points, item 2: the key (p2) appears more than once",
        "bad.json, table focal_points, item 2, field state: unknown State code 'XXX'",
        "bad.json, table focal_points, item 3, field email: 'nope' is not an e-mail address",
        "bad.json, table focal_points, item 3, field languages: not ISO 639-1 language codes"
        " (two small letters a-z): EN",
        "bad.json, table focal_points, item 3: the key (p2) appears more than once",
        "bad.json, table recommendation_links, item 1, field status: 'done' is not one of:"
        " not_assessed, not_started, in_progress, implemented, not_applicable",
        "bad.json, table recommendation_links, item 1, field recommendation: unknown catalogue"
        " code 'WG8-R999'",
    ], "a row with a value that does not fit is still checked for the rest"


def test_spreadsheet_places_keep_their_wording(database: Database, tmp_path: Path) -> None:
    folder = csv_folder(
        tmp_path,
        {
            "manifest.csv": MANIFEST_CSV,
            "focal_points.csv": "id,state,role,name,gender\np1,XXX,boss,A,\n",
        },
    )
    assert check_problems(database, folder) == [
        "upd, sheet focal_points.csv, line 2, column role: 'boss' is not one of: focal_point,"
        " governmental_expert, observer, firearms_contact_point",
        "upd, sheet focal_points.csv, line 2, column gender: this column cannot be emptied:"
        " give a value, or leave the column out to keep the current one",
        "upd, sheet focal_points.csv, line 2, column state: unknown State code 'XXX'",
    ], "a CSV file's problems name its file, line and column"


def test_places_are_worded_as_their_container_has_them() -> None:
    def worded(where: Location) -> str:
        return english(where.as_message())

    assert worded(Location("u.json", "reviews", 3, "group", JSON)) == (
        "u.json, table reviews, item 3, field group"
    ), "JSON: table, item, field"
    assert worded(Location("u.json", kind=JSON).at("sequence")) == "u.json, field sequence"
    assert worded(Location("u.json", line=7)) == "u.json, line 7", "a line of the JSON text"
    assert worded(Location("u.xlsx", "reviews", 3, "B")) == (
        "u.xlsx, sheet reviews, line 3, column B"
    ), "a workbook: sheet, line, column"


# -- B: codes and enumerations exactly as the schema says ------------------------------------

REFUSED_CODES = ["ﬁn", "ſwe", "fra", "Fra", " FRA", "FRA ", "FRA\n", "ＦＲＡ", "FR", "FRAN"]


@pytest.mark.parametrize("code", REFUSED_CODES)
def test_json_codes_are_not_folded_or_trimmed(tmp_path: Path, code: str) -> None:
    path = json_file(tmp_path, states=[{"iso3": code}])
    assert typing_problems(path) == [
        f"u.json, table states, item 1, field iso3: '{code}' is not an ISO 3166 alpha-3 code"
        " (three capital letters A-Z)"
    ], "a code is taken exactly as the schema's pattern says"


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("languages", ["EN"]),
        ("languages", ["ﬀ"]),
        ("languages", [" en"]),
        ("gender", "Female"),
        ("gender", "female "),
        ("role", "OBSERVER"),
    ],
)
def test_json_languages_and_enumerations_are_exact(tmp_path: Path, column: str, value: Any) -> None:
    path = json_file(tmp_path, focal_points=[{**PERSON, column: value}])
    (problem,) = typing_problems(path)
    assert f"field {column}:" in problem, problem


@pytest.mark.parametrize("code", ["ﬁn", "ſwe", "fra", "Fra", "ＦＲＡ"])
def test_cells_fold_no_case_either(tmp_path: Path, code: str) -> None:
    folder = csv_folder(tmp_path, {"manifest.csv": MANIFEST_CSV, "states.csv": f"iso3\n{code}\n"})
    assert typing_problems(folder) == [
        f"upd, sheet states.csv, line 2, column iso3: '{code}' is not an ISO 3166 alpha-3 code"
        " (three capital letters A-Z)"
    ], "a CSV cell's code is matched exactly"
    workbook = openpyxl.Workbook()
    workbook.active.title = "manifest"
    for pair in (("key", "value"), ("format", "fwgdesk-update"), ("version", 1)):
        workbook.active.append(pair)
    workbook.active.append(("publisher", "P"))
    workbook.active.append(("sequence", 1))
    workbook.create_sheet("states").append(("iso3",))
    workbook["states"].append((code,))
    path = tmp_path / "u.xlsx"
    workbook.save(path)
    assert typing_problems(path) == [
        f"u.xlsx, sheet states, line 2, column iso3: '{code}' is not an ISO 3166 alpha-3 code"
        " (three capital letters A-Z)"
    ], "a workbook cell's code is matched exactly"


def test_cells_follow_the_spreadsheet_conventions(tmp_path: Path) -> None:
    reviews = "state,group,cluster,language_agreement,reviewing_states,saq_progress\n"
    reviews += " KEN ,2.0, 1 ,TRUE,UGA; PER;,0.5\n"
    folder = csv_folder(tmp_path, {"manifest.csv": MANIFEST_CSV, "reviews.csv": reviews})
    problems: list[Problem] = []
    update = typed_update(read_update(folder), problems)
    assert update is not None, problems
    assert update.rows("reviews")[0].values == {
        "state": "KEN",
        "group": 2,
        "cluster": 1,
        "language_agreement": True,
        "reviewing_states": ["UGA", "PER"],
        "saq_progress": 0.5,
    }, "cells: white space dropped, numbers and booleans as text, lists joined with ';'"


def test_json_takes_no_text_for_numbers_lists_or_booleans(tmp_path: Path) -> None:
    review = {
        "state": "KEN",
        "group": "2",
        "cluster": 1,
        "language_agreement": "true",
        "reviewing_states": "UGA;PER",
        "saq_progress": "0.5",
    }
    path = json_file(tmp_path, reviews=[review])
    assert typing_problems(path) == [
        "u.json, table reviews, item 1, field group: expected a number, found text",
        "u.json, table reviews, item 1, field reviewing_states: expected a list"
        " (';'-separated in a cell)",
        "u.json, table reviews, item 1, field language_agreement: 'true' is not true or false",
        "u.json, table reviews, item 1, field saq_progress: expected a number, found text",
    ], "JSON values have the JSON type the schema gives"


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("designated_on", "20210115"),
        ("designated_on", "2021-01-15T10:00:00"),
        ("designated_on", "2021-02-30"),
        ("designated_on", " 2021-01-15"),
        ("name", 42),
        ("name", True),
        ("phone", 41229171234),
    ],
)
def test_json_dates_and_texts_are_exact(tmp_path: Path, column: str, value: Any) -> None:
    path = json_file(tmp_path, focal_points=[{**PERSON, column: value}])
    (problem,) = typing_problems(path)
    assert f"field {column}:" in problem, problem


@pytest.mark.parametrize(
    "moment", ["2022-05-05T09:00:00", "2022-05-05 09:00:00Z", "2022-05-05t09:00:00z"]
)
def test_issued_at_needs_its_zone(tmp_path: Path, moment: str) -> None:
    path = tmp_path / "u.json"
    path.write_text(json.dumps({**HEADER, "issued_at": moment}), encoding="utf-8")
    assert typing_problems(path) == [
        f"u.json, field issued_at: '{moment}' is not a date and time with its time zone"
        " (RFC 3339: 2022-05-05T09:00:00Z)"
    ], "a moment without its zone is not silently taken as UTC"


def test_a_date_cell_holding_a_time_is_refused(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.title = "manifest"
    for pair in (("key", "value"), ("format", "fwgdesk-update"), ("version", 1)):
        workbook.active.append(pair)
    workbook.active.append(("publisher", "P"))
    workbook.active.append(("sequence", 1))
    sheet = workbook.create_sheet("focal_points")
    sheet.append(("id", "state", "role", "name", "designated_on", "ended_on"))
    sheet.append(("p1", "KEN", "observer", "A", datetime(2021, 1, 15), datetime(2022, 1, 1, 10)))
    buffer = io.BytesIO()
    workbook.save(buffer)
    path = tmp_path / "u.xlsx"
    path.write_bytes(buffer.getvalue())
    assert typing_problems(path) == [
        "u.xlsx, sheet focal_points, line 2, column ended_on: '2022-01-01 10:00:00' is not a"
        " date (YYYY-MM-DD)"
    ], "a date cell at midnight is a date; one with a time of day is not cut"


# -- C: nothing the database would refuse gets past the check ---------------------------------


def test_huge_integers_are_located_problems(tmp_path: Path) -> None:
    huge = 10**400
    path = tmp_path / "u.json"
    review = {"state": "KEN", "group": huge, "cluster": -huge, "saq_progress": huge}
    path.write_text(json.dumps({**HEADER, "sequence": huge, "reviews": [review]}), "utf-8")
    found = typing_problems(path)
    shown = "10000000000000000000000000000000000000000000000000000000000…"
    assert found == [
        f"u.json, field sequence: {shown} is above 2147483647",
        f"u.json, table reviews, item 1, field group: {shown} is above 3",
        f"u.json, table reviews, item 1, field cluster: -{shown[:-2]}… is below 1",
        f"u.json, table reviews, item 1, field saq_progress: {shown} is above 1",
    ], "a number of 401 digits is a problem, never an OverflowError"


def test_a_number_beyond_floats_reads_as_its_text(tmp_path: Path) -> None:
    path = tmp_path / "u.json"
    text = json.dumps({**HEADER, "reviews": [{"state": "KEN", "group": 1, "cluster": 1}]})
    path.write_text(text.replace('"cluster": 1', '"cluster": 1, "saq_progress": 1e400'), "utf-8")
    assert typing_problems(path) == [
        "u.json, table reviews, item 1, field saq_progress: 1e400 is above 1"
    ], "1e400 is shown as the file writes it"


@pytest.mark.parametrize("sequence", [2**31, 2**63, 2**64 + 1])
def test_a_sequence_beyond_the_database_is_refused(tmp_path: Path, sequence: int) -> None:
    path = tmp_path / "u.json"
    path.write_text(json.dumps({**HEADER, "sequence": sequence}), encoding="utf-8")
    (problem,) = typing_problems(path)
    assert problem == f"u.json, field sequence: {sequence} is above 2147483647", problem
    path.write_text(json.dumps({**HEADER, "sequence": 2**31 - 1}), encoding="utf-8")
    assert typing_problems(path) == [], "the largest sequence the database holds"


def test_a_huge_number_is_refused_by_a_dry_run(
    database: Database, data_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huge.json"
    review = {"state": "KEN", "group": 1, "cluster": 1, "saq_progress": 10**400}
    path.write_text(json.dumps({**HEADER, "sequence": 10**400, "reviews": [review]}), "utf-8")
    database.dispose()
    root = str(data_paths.root)
    code, out, err = run(capsys, "import", str(path), "--dry-run", "--data-dir", root)
    assert code == 4, (out, err)
    assert "Traceback" not in out + err, err
    assert "huge.json, field sequence:" in out + err, out + err
    assert "huge.json, table reviews, item 1, field saq_progress:" in out + err, out + err


def test_nulls_the_database_cannot_hold_are_refused(tmp_path: Path) -> None:
    path = json_file(
        tmp_path,
        states=[{"iso3": "KEN", "regional_group": None, "protocol_status": None, "name_en": " "}],
        reviews=[{"state": "KEN", "group": 1, "cluster": 1, "stage": None}],
        assistance_requests=[{"id": "a1", "state": "KEN", "topic": "other", "status": None}],
        recommendation_links=[{"state": "KEN", "recommendation": "WG8-R1", "status": None}],
    )
    emptied = "this column cannot be emptied: give a value, or leave the column out to keep the"
    assert typing_problems(path) == [
        f"u.json, table states, item 1, field name_en: {emptied} current one",
        f"u.json, table states, item 1, field regional_group: {emptied} current one",
        f"u.json, table states, item 1, field protocol_status: {emptied} current one",
        f"u.json, table reviews, item 1, field stage: {emptied} current one",
        f"u.json, table assistance_requests, item 1, field status: {emptied} current one",
        f"u.json, table recommendation_links, item 1, field status: {emptied} current one",
    ], "every null the database cannot hold, each at its row"


def test_texts_longer_than_their_database_column(tmp_path: Path) -> None:
    people = [
        {**PERSON, "name": "n" * 200, "institution": "i" * 300},
        {**PERSON, "id": "p" * 65, "name": "n" * 201, "institution": "i" * 301},
    ]
    assert typing_problems(json_file(tmp_path, focal_points=people)) == [
        "u.json, table focal_points, item 2, field id: text longer than 64 characters",
        "u.json, table focal_points, item 2, field name: text longer than 200 characters",
        "u.json, table focal_points, item 2, field institution: text longer than 300 characters",
    ], "a text is at most as long as its database column"


def test_an_unpaired_surrogate_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "u.json"
    path.write_text(json.dumps({**HEADER, "focal_points": [{**PERSON, "name": "A\ud800"}]}))
    assert typing_problems(path) == [
        "u.json, table focal_points, item 1, field name: the text holds an unpaired surrogate"
        " (U+D800 to U+DFFF): not valid Unicode"
    ], "text the database could not encode"


def test_a_state_still_used_is_not_deleted(database: Database, tmp_path: Path) -> None:
    person = {**PERSON, "role": "governmental_expert"}
    first = json_file(tmp_path, "first.json", focal_points=[person])
    with database.session() as session:
        update = checked_update(read_update(first), session)
    apply_update(database, update, Provenance("first.json"), Resolution())
    deletion = {"table": "states", "key": {"iso3": "KEN"}}
    path = json_file(tmp_path, "delete.json", deletions=[deletion])
    found = check_problems(database, path)
    assert found[0].startswith(
        "delete.json, table deletions, item 1, field key: the State KEN cannot be deleted while"
        " 1 row of focal_points"
    ), found
    both = [{"table": "focal_points", "key": {"id": "p1"}}, deletion]
    path = json_file(tmp_path, "both.json", deletions=both)
    with database.session() as session:
        deleting = checked_update(read_update(path), session)
    assert len(deleting.rows("deletions")) == 2, "the person and then the State are deleted"


# -- E: text that is not UTF-8, archives that are not XLSX ------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16-be", "utf-16-le"])
def test_utf16_without_a_bom_is_one_problem(tmp_path: Path, encoding: str) -> None:
    text = json.dumps({**HEADER, "states": [{"iso3": "CIV", "name_fr": "Côte d’Ivoire"}] * 300})
    path = tmp_path / "u.json"
    path.write_bytes(text.encode(encoding))
    with pytest.raises(UpdateRejectedError) as refused:
        read_update(path)
    assert [english(p.as_message()) for p in refused.value.problems] == [
        "u.json: the file is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8)"
    ], "one problem, not one a line"
    states = ("iso3,name_fr\n" + "CIV,Côte d’Ivoire\n" * 300).encode(encoding)
    folder = csv_folder(tmp_path, {"manifest.csv": MANIFEST_CSV, "states.csv": states})
    with pytest.raises(UpdateRejectedError) as refused:
        read_update(folder)
    assert [english(p.as_message()) for p in refused.value.problems] == [
        "upd, sheet states.csv: the file is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8)"
    ], "one problem for the CSV file"


def test_a_damaged_workbook_is_not_an_xlsx_workbook(tmp_path: Path) -> None:
    path = tmp_path / "u.xlsx"
    write_update(sample_update(), path, "xlsx")
    path.write_bytes(path.read_bytes()[:-30])
    with pytest.raises(UpdateRejectedError) as refused:
        read_update(path)
    message = english(refused.value.problems[0].detail)
    assert message.startswith("not an XLSX workbook: damaged or truncated"), message
