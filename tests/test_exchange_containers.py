"""The update format's containers: JSON, XLSX and CSV (folder or ZIP) written and read back."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]
import pytest

from fwgdesk.domain.errors import UsageError
from fwgdesk.domain.wording import english
from fwgdesk.exchange.coerce import typed_update
from fwgdesk.exchange.containers import DEFAULT_LIMITS, Limits, read_update, write_update
from fwgdesk.exchange.model import RawUpdate, Update, UpdateRow
from fwgdesk.exchange.problems import JSON, Location, Problem, UpdateRejectedError
from fwgdesk.exchange.spec import TABLES

NOWHERE = Location("sample")
TARGETS = {
    "json": ("json", "update.json"),
    "xlsx": ("xlsx", "update.xlsx"),
    "csv-folder": ("csv", "update"),
    "csv-zip": ("csv", "update.zip"),
}


def row(table_: str, **values: Any) -> UpdateRow:
    return UpdateRow(table_, values, NOWHERE)


def sample_update() -> Update:
    """A typed update with rows of every table, in several scripts, with every kind of value;
    in every table all rows carry the same columns (as a sheet's rows do)."""
    states = [
        row(
            "states",
            iso3="CHN",
            name_ar="الصين",
            name_en="China",
            name_ru="Китай",
            name_zh="中国",
            regional_group="APG",
            protocol_status="party",
            protocol_status_date=date(2010, 2, 3),
        ),
        row(
            "states",
            iso3="EUU",
            name_ar="الاتحاد الأوروبي",
            name_en="European Union",
            name_ru="Европейский союз",
            name_zh="欧洲联盟",
            regional_group="none",
            protocol_status="unknown",
            protocol_status_date=None,
        ),
    ]
    focal_points = [
        row(
            "focal_points",
            id="fp-1",
            state="CHN",
            role="focal_point",
            name='=HYPERLINK("http://example.invalid","click")',
            title="+ chief",
            institution="-minus institution",
            email="fp1@example.invalid",
            phone="+86 10 1234 5678",
            gender="female",
            languages=["zh", "en"],
            designated_on=date(2020, 1, 2),
            ended_on=None,
        ),
        row(
            "focal_points",
            id="fp;2",
            state="EUU",
            role="governmental_expert",
            name="'quoted Имя",
            title='Dr, "PhD"',
            institution="Line one\nline two",
            email="a@example.invalid",
            phone=None,
            gender="undisclosed",
            languages=[],
            designated_on=None,
            ended_on=date(2023, 12, 31),
        ),
    ]
    reviews = [
        row(
            "reviews",
            state="CHN",
            group=2,
            cluster=1,
            stage="suspended",
            stage_since=date(2021, 3, 4),
            suspended_reason="''=already quoted",
            reviewing_states=["FRA", "DEU"],
            working_languages=["en", "fr"],
            language_agreement=True,
            saq_progress=0.75,
            saq_submitted_on=None,
        ),
        row(
            "reviews",
            state="EUU",
            group=1,
            cluster=4,
            stage="not_started",
            stage_since=None,
            suspended_reason=None,
            reviewing_states=[],
            working_languages=[],
            language_agreement=False,
            saq_progress=1.0,
            saq_submitted_on=date(2022, 1, 1),
        ),
    ]
    stage_events = [
        row(
            "stage_events",
            state="CHN",
            group=2,
            cluster=1,
            stage="self_assessment",
            on=date(2021, 3, 4),
            note="بدأ التقييم الذاتي",
        )
    ]
    assistance = [
        row(
            "assistance_requests",
            id="ar-1",
            state="CHN",
            topic="legislation",
            requested_on=date(2022, 4, 1),
            status="in_progress",
            note="@SUM(A1:A2)",
        )
    ]
    links = [
        row(
            "recommendation_links",
            state="CHN",
            recommendation="WG8-R12",
            status="implemented",
            note="-1+1",
            updated_on=date(2022, 5, 1),
        ),
        row(
            "recommendation_links",
            state="EUU",
            recommendation="RES11.6-P3",
            status="not_assessed",
            note=None,
            updated_on=None,
        ),
    ]
    langs = ("ar", "en", "es", "fr", "ru", "zh")
    sources = [
        row(
            "sources",
            code="WG10",
            kind="wg_report",
            symbol="CTOC/COP/WG.6/2023/4",
            meeting="=10th meeting",
            date=date(2023, 6, 1),
            **{f"title_{lang}": None for lang in langs}
            | {"title_fr": "Rapport ; réunion", "title_ar": "تقرير الاجتماع"},
        )
    ]
    recommendations = [
        row(
            "recommendations",
            code="WG10-R1",
            source="WG10",
            number="1",
            section="A",
            **{
                f"{p}_{lang}": None for p in ("section_title", "subsection_title") for lang in langs
            },
            **{f"title_{lang}": f"Titre {lang}" for lang in langs},
            **{f"text_{lang}": None for lang in langs}
            | {"text_zh": "各国应当……\n(a) 第一项；", "text_ru": "+ Государствам следует"},
            addressees=["all_states", "secretariat"],
            themes=["marking", "ammunition"],
            articles=[8, 9],
            withdrawn_on=date(2025, 1, 31),
        )
    ]
    deletions = [
        row("deletions", table="states", key={"iso3": "XYZ"}),
        row("deletions", table="reviews", key={"state": "FRA", "group": 2, "cluster": 1}),
        row("deletions", table="focal_points", key={"id": "old;one=1"}),
    ]
    return Update(
        name="sample",
        container="json",
        publisher="UNODC Secretariat",
        sequence=42,
        issued_at=datetime(2022, 5, 5, 9, 0, tzinfo=UTC),
        as_of=date(2022, 5, 1),
        tables={
            "states": states,
            "focal_points": focal_points,
            "reviews": reviews,
            "stage_events": stage_events,
            "assistance_requests": assistance,
            "sources": sources,
            "recommendations": recommendations,
            "recommendation_links": links,
            "deletions": deletions,
        },
    )


def content(update: Update) -> dict[str, Any]:
    """What an update says, without where it came from."""
    return {
        "header": (update.publisher, update.sequence, update.issued_at, update.as_of),
        "tables": {
            table: [r.values for r in rows] for table, rows in update.tables.items() if rows
        },
    }


def typed(raw: RawUpdate) -> Update:
    problems: list[Problem] = []
    update = typed_update(raw, problems)
    assert not problems, problems
    assert update is not None
    return update


def snapshot(path: Path) -> dict[str, bytes]:
    if path.is_dir():
        return {child.name: child.read_bytes() for child in sorted(path.iterdir())}
    return {path.name: path.read_bytes()}


def rejected(path: Path, limits: Limits = DEFAULT_LIMITS) -> UpdateRejectedError:
    with pytest.raises(UpdateRejectedError) as caught:
        read_update(path, limits)
    return caught.value


# -- round trips ----------------------------------------------------------------------------


@pytest.mark.parametrize("target", TARGETS)
def test_round_trip_gives_the_same_update_and_the_same_bytes(tmp_path: Path, target: str) -> None:
    container, name = TARGETS[target]
    first = tmp_path / "first" / name
    second = tmp_path / "second" / name
    first.parent.mkdir()
    second.parent.mkdir()
    update = sample_update()
    write_update(update, first, container)
    raw = read_update(first)
    assert raw.container == container
    assert raw.name == name
    again = typed(raw)
    assert content(again) == content(update)
    write_update(again, second, container)
    assert snapshot(first) == snapshot(second)


def test_every_container_reads_the_same_update(tmp_path: Path) -> None:
    update = sample_update()
    seen = []
    for container, name in TARGETS.values():
        write_update(update, tmp_path / name, container)
        seen.append(content(typed(read_update(tmp_path / name))))
    assert all(item == seen[0] for item in seen)


def test_json_is_canonical(tmp_path: Path) -> None:
    path = tmp_path / "u.json"
    write_update(sample_update(), path, "json")
    data = path.read_bytes()
    assert data.endswith(b"}\n") and not data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")
    assert "中国" in text and "Китай" in text and "\\u" not in text
    assert '\n  "format": "fwgdesk-update",\n  "version": 1,' in text
    document = json.loads(text)
    keys = list(document)
    assert keys[:6] == ["format", "version", "publisher", "sequence", "issued_at", "as_of"]
    assert keys[6:] == [t for t in TABLES if t in keys]
    assert document["issued_at"] == "2022-05-05T09:00:00Z"
    assert document["focal_points"][0]["languages"] == ["zh", "en"]
    assert document["reviews"][0]["language_agreement"] is True
    assert list(document["deletions"][1]["key"]) == ["state", "group", "cluster"]
    spec_order = [c.name for c in TABLES["reviews"].columns]
    assert list(document["reviews"][0]) == spec_order


def test_json_writes_only_the_columns_a_row_has(tmp_path: Path) -> None:
    update = Update("u", "json", "P", 1, tables={"states": [row("states", iso3="FRA")]})
    path = tmp_path / "u.json"
    write_update(update, path, "json")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document == {
        "format": "fwgdesk-update",
        "version": 1,
        "publisher": "P",
        "sequence": 1,
        "states": [{"iso3": "FRA"}],
    }


def test_csv_is_utf8_with_bom_and_rfc4180(tmp_path: Path) -> None:
    folder = tmp_path / "update"
    write_update(sample_update(), folder, "csv")
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(["manifest.csv", *(f"{t}.csv" for t in TABLES)])
    focal = (folder / "focal_points.csv").read_bytes()
    assert focal.startswith(b"\xef\xbb\xbfid,state,role,name,")
    assert b"\r\n" in focal and b"\n" not in focal.replace(b"\r\n", b"").replace(
        b"Line one\nline two", b""
    )
    text = focal.decode("utf-8-sig")
    assert '"\'=HYPERLINK(""http://example.invalid"",""click"")"' in text
    assert ",'+ chief,'-minus institution,fp1@example.invalid,'+86 10 1234 5678," in text
    assert ",''quoted Имя," in text
    assert '"Line one\nline two"' in text
    manifest = (folder / "manifest.csv").read_text(encoding="utf-8-sig")
    assert manifest.splitlines() == [
        "key,value",
        "format,fwgdesk-update",
        "version,1",
        "publisher,UNODC Secretariat",
        "sequence,42",
        "issued_at,2022-05-05T09:00:00Z",
        "as_of,2022-05-01",
    ]
    deletions = (folder / "deletions.csv").read_text(encoding="utf-8-sig").splitlines()
    assert deletions[1:3] == ["states,iso3=XYZ", "reviews,state=FRA;group=2;cluster=1"]
    assert deletions[3] == 'focal_points,"{""id"":""old;one=1""}"'


def test_csv_zip_holds_the_same_files(tmp_path: Path) -> None:
    write_update(sample_update(), tmp_path / "update", "csv")
    write_update(sample_update(), tmp_path / "update.zip", "csv")
    with zipfile.ZipFile(tmp_path / "update.zip") as archive:
        names = archive.namelist()
        assert names[0] == "manifest.csv"
        for name in names:
            assert archive.read(name) == (tmp_path / "update" / name).read_bytes()


def test_xlsx_cells_are_text_never_formulas(tmp_path: Path) -> None:
    path = tmp_path / "u.xlsx"
    write_update(sample_update(), path, "xlsx")
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["manifest", *(t for t in TABLES)]
    for sheet in workbook.worksheets:
        for cells in sheet.iter_rows():
            for cell in cells:
                assert cell.data_type != "f", (sheet.title, cell.coordinate)
    focal = workbook["focal_points"]
    assert [c.value for c in focal[1]][:4] == ["id", "state", "role", "name"]
    assert focal["D2"].value == '\'=HYPERLINK("http://example.invalid","click")'
    assert focal["E2"].value == "'+ chief"
    assert focal["J2"].value == "zh;en"
    assert focal["K2"].value == "2020-01-02"
    reviews = workbook["reviews"]
    assert reviews["B2"].value == 2 and reviews["I2"].value == "true"
    assert reviews["J2"].value == 0.75
    manifest = [tuple(c.value for c in r) for r in workbook["manifest"].iter_rows()]
    assert manifest[:3] == [("key", "value"), ("format", "fwgdesk-update"), ("version", 1)]


def test_xlsx_is_reproducible(tmp_path: Path) -> None:
    write_update(sample_update(), tmp_path / "a.xlsx", "xlsx")
    write_update(sample_update(), tmp_path / "b.xlsx", "xlsx")
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()


# -- reading what people write --------------------------------------------------------------

MANIFEST_CSV = "key,value\nformat,fwgdesk-update\nversion,1\npublisher,Secretariat\nsequence,7\n"


def csv_folder(tmp_path: Path, files: dict[str, str | bytes], name: str = "upd") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for file, text in files.items():
        data = text.encode("utf-8") if isinstance(text, str) else text
        (folder / file).write_bytes(data)
    return folder


def test_csv_lines_are_spreadsheet_rows_and_blank_rows_are_skipped(tmp_path: Path) -> None:
    folder = csv_folder(
        tmp_path,
        {
            "manifest.csv": MANIFEST_CSV,
            "states.csv": 'iso3,name_en\nFRA,France\n,\n"DEU","Ger\nmany"\nITA\n',
        },
    )
    raw = read_update(folder)
    assert raw.container == "csv" and raw.name == "upd"
    assert raw.header == {
        "format": "fwgdesk-update",
        "version": "1",
        "publisher": "Secretariat",
        "sequence": "7",
    }
    assert raw.header_where == Location("upd", "manifest.csv")
    assert raw.columns == {"states": ["iso3", "name_en"]}
    rows = raw.tables["states"]
    assert [r.values for r in rows] == [
        {"iso3": "FRA", "name_en": "France"},
        {"iso3": "DEU", "name_en": "Ger\nmany"},
        {"iso3": "ITA", "name_en": ""},
    ]
    assert [r.where for r in rows] == [
        Location("upd", "states.csv", 2),
        Location("upd", "states.csv", 4),
        Location("upd", "states.csv", 5),
    ]


def test_csv_with_semicolons_and_a_bom(tmp_path: Path) -> None:
    folder = csv_folder(
        tmp_path,
        {
            "Manifest.CSV": "\ufeff" + MANIFEST_CSV.replace(",", ";"),
            "States.csv": "\ufeffiso3;name_fr\r\nCIV;Côte d'Ivoire\r\n",
        },
    )
    raw = read_update(folder)
    assert raw.header["publisher"] == "Secretariat"
    assert raw.tables["states"][0].values == {"iso3": "CIV", "name_fr": "Côte d'Ivoire"}
    assert raw.tables["states"][0].where == Location("upd", "States.csv", 2)


def test_csv_header_problems_are_reported_together(tmp_path: Path) -> None:
    folder = csv_folder(
        tmp_path,
        {
            "states.csv": "iso3,name_en,iso3\nFRA,France,FRA\n",
            "reviews.csv": "state,group\nFRA,1,surplus\n",
        },
    )
    error = rejected(folder)
    messages = [english(p.as_message()) for p in error.problems]
    assert "upd, sheet states.csv, line 1, column iso3: the column appears twice" in messages
    assert any("reviews.csv, line 2" in m and "column 3" in m for m in messages)
    assert any("no manifest.csv" in m for m in messages)


def test_an_unknown_column_or_table_reaches_the_typed_layer(tmp_path: Path) -> None:
    folder = csv_folder(
        tmp_path,
        {"manifest.csv": MANIFEST_CSV, "states.csv": "iso3,colour\nFRA,blue\n", "x.csv": "a\n1\n"},
    )
    problems: list[Problem] = []
    assert typed_update(read_update(folder), problems) is None
    text = [english(p.as_message()) for p in problems]
    assert "upd, sheet states.csv, line 2, column colour: unknown column of states" in text
    assert "upd, sheet x: unknown table 'x'" in text


def workbook_bytes(sheets: dict[str, list[list[Any]]]) -> bytes:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for values in rows:
            sheet.append(values)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


MANIFEST_ROWS: list[list[Any]] = [
    ["key", "value"],
    ["format", "fwgdesk-update"],
    ["version", 1],
    ["publisher", "Secretariat"],
    ["sequence", 7],
]


def test_xlsx_as_a_person_edits_it(tmp_path: Path) -> None:
    path = tmp_path / "edited.xlsx"
    path.write_bytes(
        workbook_bytes(
            {
                "Notes": [],
                "manifest": MANIFEST_ROWS,
                "Reviews": [
                    ["state", "group", "cluster", "stage_since", "language_agreement"],
                    ["FRA", 1, 2, datetime(2022, 3, 1), True],
                    [None, None, None, None, None],
                    [],
                    ["DEU", 2.0, 3, "2022-04-01", "'=not a formula"],
                ],
            }
        )
    )
    raw = read_update(path)
    assert raw.container == "xlsx"
    assert raw.header_where == Location("edited.xlsx", "manifest")
    assert raw.header["version"] == 1 and raw.header["sequence"] == 7
    rows = raw.tables["reviews"]
    assert rows[0].values == {
        "state": "FRA",
        "group": 1,
        "cluster": 2,
        "stage_since": datetime(2022, 3, 1),
        "language_agreement": True,
    }
    assert rows[0].where == Location("edited.xlsx", "Reviews", 2)
    assert rows[1].where == Location("edited.xlsx", "Reviews", 5)
    assert rows[1].values["language_agreement"] == "=not a formula"
    update_problems: list[Problem] = []
    update = typed_update(raw, update_problems)
    assert update is None  # '=not a formula' is not true or false
    assert [english(p.as_message()) for p in update_problems] == [
        "edited.xlsx, sheet Reviews, line 5, column language_agreement: "
        "'=not a formula' is not true or false"
    ]


def test_missing_manifest_sheet(tmp_path: Path) -> None:
    path = tmp_path / "u.xlsx"
    path.write_bytes(workbook_bytes({"states": [["iso3"], ["FRA"]]}))
    error = rejected(path)
    assert [english(p.as_message()) for p in error.problems] == [
        "u.xlsx: no sheet 'manifest' (the update's header: columns key, value)"
    ]


def test_manifest_problems(tmp_path: Path) -> None:
    rows = [*MANIFEST_ROWS, ["sequence", 8], ["colour", "red"], [None, "orphan"]]
    path = tmp_path / "u.xlsx"
    path.write_bytes(workbook_bytes({"manifest": rows}))
    messages = [english(p.as_message()) for p in rejected(path).problems]
    assert messages[0] == "u.xlsx, sheet manifest, line 6, column sequence: the key appears twice"
    assert messages[1].startswith("u.xlsx, sheet manifest, line 7, column colour: unknown")
    assert messages[2] == "u.xlsx, sheet manifest, line 8: a value with no key"


def test_the_container_is_sniffed_when_the_name_says_nothing(tmp_path: Path) -> None:
    update = sample_update()
    for container, name in (("json", "a.json"), ("xlsx", "b.xlsx"), ("csv", "c.zip")):
        write_update(update, tmp_path / name, container)
        renamed = tmp_path / f"{name}.download"
        renamed.write_bytes((tmp_path / name).read_bytes())
        raw = read_update(renamed)
        assert raw.container == container
        assert content(typed(raw)) == content(update)


def test_json_rows_are_located_by_their_index(tmp_path: Path) -> None:
    path = tmp_path / "u.json"
    path.write_text(
        json.dumps(
            {
                "format": "fwgdesk-update",
                "version": 1,
                "publisher": "P",
                "sequence": 1,
                "states": [{"iso3": "FRA"}, {"iso3": "DE"}],
            }
        ),
        encoding="utf-8",
    )
    raw = read_update(path)
    assert raw.header_where == Location("u.json", kind=JSON), "the header is the object itself"
    assert raw.tables["states"][1].where == Location("u.json", "states", 2, kind=JSON)
    problems: list[Problem] = []
    typed_update(raw, problems)
    assert [english(p.as_message()) for p in problems] == [
        "u.json, table states, item 2, field iso3: 'DE' is not an ISO 3166 alpha-3 code"
        " (three capital letters A-Z)"
    ], "a JSON row is located by its table, item and field"


def test_json_with_a_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "u.json"
    write_update(sample_update(), path, "json")
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert content(typed(read_update(path))) == content(sample_update())


# -- writing safely -------------------------------------------------------------------------


def test_writing_replaces_a_file_atomically(tmp_path: Path) -> None:
    path = tmp_path / "u.json"
    path.write_text("old", encoding="utf-8")
    write_update(sample_update(), path, "json")
    assert path.read_text(encoding="utf-8").startswith("{")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["u.json"]


def test_writing_replaces_an_earlier_csv_export(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "stale.csv").write_text("x", encoding="utf-8")
    write_update(sample_update(), folder, "csv")
    assert not (folder / "stale.csv").exists()
    assert (folder / "manifest.csv").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export"]


def test_a_folder_with_other_files_is_never_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "thesis.docx").write_bytes(b"precious")
    with pytest.raises(UsageError, match="other files"):
        write_update(sample_update(), folder, "csv")
    assert (folder / "thesis.docx").read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Documents"]


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        write_update(sample_update(), tmp_path / "missing" / "u.json", "json")
    with pytest.raises(UsageError):
        write_update(sample_update(), tmp_path / "u.txt", "yaml")
    assert list(tmp_path.iterdir()) == []
