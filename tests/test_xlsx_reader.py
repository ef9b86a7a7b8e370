"""The XLSX reader (expat) gives the values openpyxl gives, for workbooks written by a
spreadsheet library and for the variants other programs write by hand."""

from __future__ import annotations

import io
import os
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fwgdesk.domain.wording import english
from fwgdesk.exchange.containers import DEFAULT_LIMITS, Limits, read_update
from fwgdesk.exchange.containers.archive import CheckedZip
from fwgdesk.exchange.containers.cells import Grid
from fwgdesk.exchange.containers.xlsx_io import ILLEGAL_CHARACTERS, read_sheets
from fwgdesk.exchange.containers.xlsx_sheet import column_index, column_letter
from fwgdesk.exchange.problems import Problem, UpdateRejectedError
from tests.test_exchange_hostile import (
    MAIN,
    MANIFEST_SHEET,
    RELATIONSHIPS,
    entries_of,
    handmade_xlsx,
    sheet_xml,
    text_cell,
    text_rows,
    zip_of,
)


def grids_of(data: bytes, limits: Limits = DEFAULT_LIMITS) -> tuple[list[Grid], list[Problem]]:
    problems: list[Problem] = []
    checked = CheckedZip(data, "book.xlsx", limits, limits.max_xlsx_entries, "XLSX workbook")
    with checked:
        return read_sheets(checked, "book.xlsx", limits, problems), problems


def rows_of(data: bytes) -> dict[str, list[tuple[int, list[Any]]]]:
    grids, problems = grids_of(data)
    assert problems == []
    return {grid.sheet: grid.rows for grid in grids}


def openpyxl_rows(data: bytes) -> dict[str, list[tuple[int, list[Any]]]]:
    """What openpyxl reads (read-only, formulas as their text), kept as ``Grid`` keeps rows."""
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, keep_links=False)
    found = {}
    for sheet in workbook.worksheets:
        grid = Grid("book.xlsx", sheet.title, None, column_letter)
        sheet.reset_dimensions()
        for line, row in enumerate(sheet.iter_rows(values_only=True), 1):
            grid.add(line, row)
        found[sheet.title] = grid.rows
    workbook.close()
    return found


def saved(workbook: Any) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_column_references() -> None:
    assert [column_index(r) for r in ("A1", "Z9", "AA10", "az3", "XFD1048576")] == [
        0,
        25,
        26,
        51,
        16383,
    ]
    assert [column_letter(column_index(r) + 1) for r in ("A1", "BC7", "XFD1")] == [
        "A",
        "BC",
        "XFD",
    ]


def test_values_of_every_kind_as_openpyxl_reads_them() -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "kinds"
    sheet.append(["text", "Ελληνικά 中文 العربية", "  spaced  ", "'=escaped"])
    sheet.append(["numbers", 42, -7.25, 1e-9, 12345678901234])
    sheet.append(["dates", date(2024, 2, 29), datetime(2023, 12, 31, 23, 59, 58), time(13, 45)])
    sheet.append(["booleans", True, False])
    sheet.append(["formula", "=SUM(B2:C2)", '=HYPERLINK("http://example.invalid")'])
    sheet["H9"] = "far away"
    workbook.create_sheet("second").append([None, "B1 only"])
    data = saved(workbook)
    ours = rows_of(data)
    assert ours == openpyxl_rows(data)
    kinds = {row[0]: row[1:] for _, row in ours["kinds"]}
    assert kinds["dates"][0] == datetime(2024, 2, 29) and kinds["booleans"] == [True, False]
    assert kinds["formula"] == ["=SUM(B2:C2)", '=HYPERLINK("http://example.invalid")']
    assert kinds["text"][2] == "=escaped"  # the apostrophe of a formula-escaped text dropped
    assert ours["kinds"][-1] == (9, [None] * 7 + ["far away"])
    assert ours["second"] == [(1, [None, "B1 only"])]


CELL = st.one_of(
    st.none(),
    st.text(max_size=12).map(lambda t: ILLEGAL_CHARACTERS.sub("", t)),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.dates(min_value=date(1901, 1, 1), max_value=date(2100, 12, 31)),
    st.datetimes(min_value=datetime(1901, 1, 1), max_value=datetime(2100, 1, 1)),
)


EXAMPLES = int(os.environ.get("FWGDESK_HYPOTHESIS_EXAMPLES", "60"))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(CELL, max_size=6), max_size=6))
def test_any_sheet_reads_as_openpyxl_reads_it(rows: list[list[Any]]) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "data"
    for line, values in enumerate(rows, 1):
        for index, value in enumerate(values, 1):
            if value is not None:
                sheet.cell(line, index, value)
    data = saved(workbook)
    assert rows_of(data) == openpyxl_rows(data)


def book(sheet: str, extra: dict[str, bytes] | None = None) -> bytes:
    return handmade_xlsx({"data": sheet.encode()}, extra)


def test_shared_strings_rich_text_and_phonetic_guides() -> None:
    strings = (
        f'<sst xmlns="{MAIN}"><si><t>plain</t></si>'
        "<si><r><t>rich </t></r><r><rPr><b/></rPr><t>text</t></r></si>"
        "<si><t>東京</t><rPh sb='0' eb='2'><t>とうきょう</t></rPh></si></sst>"
    )
    relationships = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/sharedStrings" Target="/xl/strings.xml"/></Relationships>'
    )
    cells = '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
    sheet = f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">{cells}</row></sheetData></worksheet>'
    data = book(
        sheet,
        {"xl/strings.xml": strings.encode(), "xl/_rels/workbook.xml.rels": relationships.encode()},
    )
    assert rows_of(data)["data"] == [(1, ["plain", "rich text", "東京"])]


def test_prefixed_names_missing_references_and_other_cell_types() -> None:
    sheet = (
        f'<x:worksheet xmlns:x="{MAIN}"><x:sheetData>'
        "<x:row><x:c t='inlineStr'><x:is><x:r><x:t>a</x:t></x:r><x:r><x:t>b</x:t></x:r></x:is>"
        "</x:c><x:c t='b'><x:v>1</x:v></x:c><x:c t='e'><x:v>#N/A</x:v></x:c></x:row>"
        "<x:row r='4'><x:c r='B4' t='d'><x:v>2024-05-01T10:30:00</x:v></x:c>"
        "<x:c t='str'><x:f>A1&amp;\"!\"</x:f><x:v>ab!</x:v></x:c><x:c><x:v>2.5E3</x:v></x:c>"
        "</x:row></x:sheetData></x:worksheet>"
    )
    assert rows_of(book(sheet))["data"] == [
        (1, ["ab", True, "#N/A"]),
        (4, [None, datetime(2024, 5, 1, 10, 30), "ab!", 2500.0]),
    ]


def test_text_outside_the_sheet_data_is_not_read() -> None:
    sheet = (
        f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">{text_cell("A1", "kept")}</row>'
        "</sheetData><extLst><ext><c r='A2'><v>1</v></c><f>2+2</f></ext></extLst></worksheet>"
    )
    assert rows_of(book(sheet))["data"] == [(1, ["kept"])]


def test_a_value_beyond_the_column_limit_is_a_problem_at_its_row() -> None:
    sheet = sheet_xml(text_rows([["a"], ["b"]]))
    sheet = sheet.replace(b"</row></sheetData>", b'<c r="XFD2"><v>1</v></c></row></sheetData>')
    _, problems = grids_of(handmade_xlsx({"data": sheet}))
    assert [english(p.as_message()) for p in problems] == [
        f"book.xlsx, sheet data, line 2: more than {DEFAULT_LIMITS.max_columns} columns"
    ]


def test_too_many_rows_stop_the_reading() -> None:
    limits = Limits(max_rows=3)
    sheet = sheet_xml(text_rows([[str(n)] for n in range(10)]))
    grids, problems = grids_of(handmade_xlsx({"data": sheet}), limits)
    assert [english(p.as_message()) for p in problems] == [
        "book.xlsx, sheet data: more than 3 rows"
    ]
    assert len(grids[0].rows) == 5  # stopped at the first row too many


def refusal(path: Path, data: bytes) -> UpdateRejectedError:
    """The error reading *data*, written to *path*, is refused with."""
    path.write_bytes(data)
    with pytest.raises(UpdateRejectedError) as caught:
        read_update(path)
    return caught.value


def broken_sheet(path: Path, rows: str) -> list[str]:
    """The problems of a workbook whose sheet 'data' holds *rows* (XML)."""
    sheet = f'<worksheet xmlns="{MAIN}"><sheetData>{rows}</sheetData></worksheet>'
    data = handmade_xlsx({"manifest": MANIFEST_SHEET, "data": sheet.encode()})
    return [english(p.as_message()) for p in refusal(path, data).problems]


@pytest.mark.parametrize(
    ("cells", "reason"),
    [
        ('<c r="C2" t="s"><v>3</v></c>', "shared string 3 is missing"),
        ('<c r="C2" t="s"><v>x</v></c>', "'x' is not the number of a shared string"),
        ('<c r="C2" t="q"><v>1</v></c>', "a cell of unknown type 'q'"),
        ('<c r="C2"><v>one</v></c>', "'one' is not a number"),
        ('<c r="C2" t="b"><v>yes</v></c>', "'yes' is not a boolean (0 or 1)"),
        ('<c r="C2" s="bold"><v>1</v></c>', "'bold' is not a style number"),
    ],
)
def test_broken_cells_are_refused_naming_the_cell(tmp_path: Path, cells: str, reason: str) -> None:
    rows = f'<row r="1">{text_cell("A1", "id")}</row><row r="2">{cells}</row>'
    assert broken_sheet(tmp_path / "broken.xlsx", rows) == [
        f"broken.xlsx, sheet data, line 2, column C: a cell that cannot be read: {reason}"
    ]


@pytest.mark.parametrize("reference", ["11", "$A1", "ABCD1", "Ä1"])
def test_a_reference_that_names_no_column_is_refused(tmp_path: Path, reference: str) -> None:
    rows = f'<row r="7"><c r="{reference}"><v>1</v></c></row>'
    assert broken_sheet(tmp_path / "broken.xlsx", rows) == [
        f"broken.xlsx, sheet data, line 7: a cell that cannot be read: '{reference}' is not a "
        "cell reference"
    ]


def test_a_row_number_that_is_no_number_is_refused(tmp_path: Path) -> None:
    rows = f'<row r="1">{text_cell("A1", "id")}</row><row r="two"><c r="A2"><v>1</v></c></row>'
    assert broken_sheet(tmp_path / "broken.xlsx", rows) == [
        "broken.xlsx, sheet data, line 2: a row that cannot be read: 'two' is not a row number"
    ]


def test_a_sheet_without_its_part_is_refused(tmp_path: Path) -> None:
    parts = entries_of(handmade_xlsx({"manifest": MANIFEST_SHEET, "data": b""}))
    del parts["xl/worksheets/sheet2.xml"]
    error = refusal(tmp_path / "missing.xlsx", zip_of(parts))
    assert "the sheet 'data' has no part (xl/worksheets/sheet2.xml)" in str(error)


def test_a_sheet_without_its_relationship_is_refused(tmp_path: Path) -> None:
    parts = entries_of(handmade_xlsx({"manifest": MANIFEST_SHEET, "data": b""}))
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(b'r:id="rId2"', b'r:id="rId9"')
    error = refusal(tmp_path / "unrelated.xlsx", zip_of(parts))
    assert "the sheet 'data' has no part (no relationship 'rId9')" in str(error)


def test_a_chart_sheet_is_passed_over() -> None:
    parts = entries_of(handmade_xlsx({"data": sheet_xml(text_rows([["kept"]])), "chart": b""}))
    worksheet = f'Id="rId2" Type="{RELATIONSHIPS}/worksheet"'.encode()
    chartsheet = f'Id="rId2" Type="{RELATIONSHIPS}/chartsheet"'.encode()
    rels = parts["xl/_rels/workbook.xml.rels"]
    assert worksheet in rels
    parts["xl/_rels/workbook.xml.rels"] = rels.replace(worksheet, chartsheet)
    assert rows_of(zip_of(parts)) == {"data": [(1, ["kept"])]}


def test_dates_in_the_1904_system() -> None:
    workbook = openpyxl.Workbook()
    workbook.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    workbook.active.append([date(2020, 1, 1), datetime(1999, 12, 31, 6)])
    data = saved(workbook)
    assert rows_of(data) == openpyxl_rows(data)
    assert rows_of(data)["Sheet"] == [(1, [datetime(2020, 1, 1), datetime(1999, 12, 31, 6)])]
