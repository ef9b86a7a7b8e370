"""Hostile and broken update files: each is refused with an UpdateRejectedError naming the file,
before anything large is unpacked or parsed; nothing crashes with another exception."""

from __future__ import annotations

import io
import os
import struct
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fwgdesk.domain.wording import english
from fwgdesk.exchange.coerce import typed_update
from fwgdesk.exchange.containers import DEFAULT_LIMITS, Limits, read_update, write_update, xlsx_io
from fwgdesk.exchange.model import RawUpdate
from fwgdesk.exchange.problems import Problem, UpdateRejectedError
from tests.test_exchange_containers import MANIFEST_CSV, csv_folder, sample_update

MIB = 1024 * 1024


def rejected(path: Path, limits: Limits = DEFAULT_LIMITS) -> UpdateRejectedError:
    with pytest.raises(UpdateRejectedError) as caught:
        read_update(path, limits)
    error = caught.value
    assert path.name in str(error)
    assert all(problem.where.file == path.name for problem in error.problems)
    return error


def messages(error: UpdateRejectedError) -> list[str]:
    return [english(problem.as_message()) for problem in error.problems]


def zip_of(entries: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def entries_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def exported(tmp_path: Path, name: str, container: str) -> bytes:
    path = tmp_path / "exported" / name
    path.parent.mkdir(exist_ok=True)
    write_update(sample_update(), path, container)
    return path.read_bytes()


# -- a workbook written by hand -------------------------------------------------------------

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"


def text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def sheet_xml(rows: list[list[str]], prolog: str = "") -> bytes:
    body = "".join(f'<row r="{n}">{"".join(cells)}</row>' for n, cells in enumerate(rows, 1))
    return (f'{prolog}<worksheet xmlns="{MAIN}"><sheetData>{body}</sheetData></worksheet>').encode()


def text_rows(rows: list[list[str]]) -> list[list[str]]:
    return [
        [text_cell(f"{'ABCDEFGH'[i]}{n}", value) for i, value in enumerate(values)]
        for n, values in enumerate(rows, 1)
    ]


MANIFEST_SHEET = sheet_xml(
    text_rows(
        [
            ["key", "value"],
            ["format", "fwgdesk-update"],
            ["version", "1"],
            ["publisher", "Secretariat"],
            ["sequence", "3"],
        ]
    )
)


def handmade_xlsx(sheets: dict[str, bytes], extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal workbook: no styles, no shared strings; *sheets* maps titles to sheet XML."""
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for n in range(1, len(sheets) + 1)
    )
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            f"{overrides}</Types>"
        ).encode(),
        "_rels/.rels": (
            f'<Relationships xmlns="{PACKAGE}"><Relationship Id="rId1" '
            f'Type="{RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ).encode(),
        "xl/workbook.xml": (
            f'<workbook xmlns="{MAIN}" xmlns:r="{RELATIONSHIPS}"><sheets>'
            + "".join(
                f'<sheet name="{title}" sheetId="{n}" r:id="rId{n}"/>'
                for n, title in enumerate(sheets, 1)
            )
            + "</sheets></workbook>"
        ).encode(),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{PACKAGE}">'
            + "".join(
                f'<Relationship Id="rId{n}" Type="{RELATIONSHIPS}/worksheet" '
                f'Target="worksheets/sheet{n}.xml"/>'
                for n in range(1, len(sheets) + 1)
            )
            + "</Relationships>"
        ).encode(),
    }
    for n, xml in enumerate(sheets.values(), 1):
        parts[f"xl/worksheets/sheet{n}.xml"] = xml
    parts.update(extra or {})
    return zip_of(parts)


def test_a_handmade_workbook_is_read(tmp_path: Path) -> None:
    path = tmp_path / "hand.xlsx"
    path.write_bytes(
        handmade_xlsx(
            {"manifest": MANIFEST_SHEET, "states": sheet_xml(text_rows([["iso3"], ["FRA"]]))}
        )
    )
    raw = read_update(path)
    assert raw.header["sequence"] == "3"
    assert [r.values for r in raw.tables["states"]] == [{"iso3": "FRA"}]


# -- zip bombs and archive limits -----------------------------------------------------------


def test_zip_bomb_csv_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    bomb = b"iso3\n" + b"A" * (20 * MIB)
    path.write_bytes(zip_of({"manifest.csv": MANIFEST_CSV.encode(), "states.csv": bomb}))
    error = rejected(path)
    assert len(error.problems) == 1
    assert error.problems[0].where.sheet == "states.csv"
    assert "zip bomb" in english(error.problems[0].detail)
    assert "to 1" in english(error.problems[0].detail)


def test_zip_bomb_in_a_workbook_is_refused(tmp_path: Path) -> None:
    parts = entries_of(exported(tmp_path, "u.xlsx", "xlsx"))
    parts["xl/media/image1.png"] = bytes(20 * MIB)
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(zip_of(parts))
    error = rejected(path)
    assert [p.where.sheet for p in error.problems] == ["xl/media/image1.png"]
    assert "zip bomb" in english(error.problems[0].detail)


def test_the_total_unpacked_size_is_limited(tmp_path: Path) -> None:
    path = tmp_path / "u.zip"
    path.write_bytes(exported(tmp_path, "u.zip", "csv"))
    error = rejected(path, Limits(max_uncompressed_bytes=1000))
    assert any("unpacks to" in m and "at most 1000 bytes" in m for m in messages(error))


def test_a_zip_made_on_windows_with_backslash_paths_is_read(tmp_path: Path) -> None:
    plain = entries_of(exported(tmp_path, "u.zip", "csv"))
    path = tmp_path / "windows.zip"
    path.write_bytes(zip_of({f"update\\{name}": data for name, data in plain.items()}))
    raw = read_update(path)
    assert sorted(raw.tables) == sorted(
        name.removesuffix(".csv") for name in plain if name != "manifest.csv"
    ), "the tables in backslash-separated folders were not found"
    assert raw.header.get("sequence") is not None, "the manifest was not found"


def test_a_zip_entry_is_never_read_past_its_declared_size(tmp_path: Path) -> None:
    """Headers that understate an entry's size (to pass the ratio check) do not get more
    bytes unpacked than they declare: the entry is refused as damaged."""
    data = bytearray(zip_of({"manifest.csv": MANIFEST_CSV.encode(), "states.csv": bytes(MIB * 8)}))
    name = b"states.csv"
    for signature, offset in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            header = 46 if signature == b"PK\x01\x02" else 30
            if data[start + header : start + header + len(name)] == name:
                struct.pack_into("<I", data, start + offset, 100)
            start += 4
    path = tmp_path / "lying.zip"
    path.write_bytes(bytes(data))
    error = rejected(path)
    assert messages(error) == [m for m in messages(error) if "states.csv" in m]
    assert any("damaged" in m for m in messages(error))


def test_too_many_entries(tmp_path: Path) -> None:
    entries = {f"note{n}.txt": b"x" for n in range(DEFAULT_LIMITS.max_csv_entries)}
    path = tmp_path / "many.zip"
    path.write_bytes(zip_of({"manifest.csv": MANIFEST_CSV.encode(), **entries}))
    assert any("too many entries" in m for m in messages(rejected(path)))
    parts = entries_of(exported(tmp_path, "u.xlsx", "xlsx"))
    parts.update({f"xl/media/x{n}.bin": b"x" for n in range(DEFAULT_LIMITS.max_xlsx_entries)})
    path = tmp_path / "many.xlsx"
    path.write_bytes(zip_of(parts))
    assert any("too many entries" in m for m in messages(rejected(path)))


def test_encrypted_or_exotic_entries_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "lzma.zip"
    path.write_bytes(zip_of({"manifest.csv": MANIFEST_CSV.encode()}, zipfile.ZIP_LZMA))
    assert "unsupported compression" in str(rejected(path))


@pytest.mark.parametrize("name", ["cut.xlsx", "cut.zip"])
def test_truncated_archives(tmp_path: Path, name: str) -> None:
    data = exported(tmp_path, name, "xlsx" if name.endswith("xlsx") else "csv")
    path = tmp_path / name
    for size in (len(data) // 2, len(data) - 10, 30):
        path.write_bytes(data[:size])
        assert "damaged or truncated" in str(rejected(path))


def test_a_workbook_with_a_damaged_part(tmp_path: Path) -> None:
    parts = entries_of(exported(tmp_path, "u.xlsx", "xlsx"))
    parts["xl/workbook.xml"] = b"<workbook><sheets><sheet name="
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(zip_of(parts))
    assert "not a readable XLSX workbook" in str(rejected(path))
    del parts["xl/workbook.xml"]
    path.write_bytes(zip_of(parts))
    assert "not a readable XLSX workbook" in str(rejected(path))


# -- XML entities ---------------------------------------------------------------------------

LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    )
    + "]>"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_billion_laughs_workbook_is_refused(tmp_path: Path, encoding: str) -> None:
    xml = LAUGHS + f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">'
    xml += '<c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
    if encoding == "utf-16":
        xml = xml.replace('version="1.0"', 'version="1.0" encoding="UTF-16"')
    path = tmp_path / "laughs.xlsx"
    path.write_bytes(handmade_xlsx({"manifest": MANIFEST_SHEET, "states": xml.encode(encoding)}))
    error = rejected(path)
    assert [p.where.sheet for p in error.problems] == ["xl/worksheets/sheet2.xml"]
    assert "entity" in english(error.problems[0].detail)


def test_external_entity_in_shared_strings_is_refused(tmp_path: Path) -> None:
    parts = entries_of(exported(tmp_path, "u.xlsx", "xlsx"))
    parts["xl/sharedStrings.xml"] = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b'<sst xmlns="' + MAIN.encode() + b'"><si><t>&xxe;</t></si></sst>'
    )
    path = tmp_path / "xxe.xlsx"
    path.write_bytes(zip_of(parts))
    assert "entity" in str(rejected(path))


@pytest.mark.parametrize("declaration", ["ascii", "cp037"])
def test_xml_in_an_encoding_that_hides_markup_is_refused(tmp_path: Path, declaration: str) -> None:
    xml = '<?xml version="1.0" encoding="cp037"?>'.encode(declaration)
    xml += LAUGHS[21:].encode("cp037")
    path = tmp_path / "ebcdic.xlsx"
    path.write_bytes(handmade_xlsx({"manifest": MANIFEST_SHEET, "states": xml}))
    assert "unsupported encoding" in str(rejected(path))


XXE = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
EXTERNAL_DTD = '<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://example.invalid/x.dtd">'


@pytest.mark.parametrize(
    ("part", "prolog", "text"),
    [
        ("xl/worksheets/sheet2.xml", LAUGHS, "&lol9;"),
        ("xl/worksheets/sheet2.xml", XXE, "&xxe;"),
        ("xl/worksheets/sheet2.xml", EXTERNAL_DTD, "x"),
        ("xl/workbook.xml", XXE, ""),
        ("xl/_rels/workbook.xml.rels", EXTERNAL_DTD, ""),
    ],
)
def test_the_parser_refuses_entities_even_without_the_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, part: str, prolog: str, text: str
) -> None:
    monkeypatch.setattr(xlsx_io, "check_parts", lambda _checked: None)
    xml = f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">'
    xml += f'<c r="A1" t="inlineStr"><is><t>{text}</t></is></c></row></sheetData></worksheet>'
    parts = entries_of(handmade_xlsx({"manifest": MANIFEST_SHEET, "states": xml.encode()}))
    parts[part] = prolog.encode() + parts[part]
    path = tmp_path / "entities.xlsx"
    path.write_bytes(zip_of(parts))
    message = str(rejected(path))
    assert "not a readable XLSX workbook" in message
    assert f"{part}: XML with a document type or entity declarations" in message


# -- formula cells --------------------------------------------------------------------------


def test_formula_cells_are_never_evaluated(tmp_path: Path) -> None:
    rows = text_rows([["id", "state", "topic", "note"]])
    for n in (2, 3, 4, 5):
        rows.append([text_cell(f"A{n}", f"ar-{n}"), text_cell(f"B{n}", "FRA")])
        rows[-1].append(text_cell(f"C{n}", "other"))
    rows[1].append('<c r="D2"><f>1+1</f><v>3</v></c>')  # a cached value (even a wrong one)
    rows[2].append('<c r="D3"><f>1+1</f></c>')  # no cached value: the formula's text
    rows[3].append('<c r="D4" t="str"><f>CONCAT("a","b")</f><v>ab</v></c>')
    rows[4].append('<c r="D5"><f>WEBSERVICE("http://example.invalid/")</f></c>')
    path = tmp_path / "formulas.xlsx"
    path.write_bytes(
        handmade_xlsx({"manifest": MANIFEST_SHEET, "assistance_requests": sheet_xml(rows)})
    )
    raw = read_update(path)
    notes = [r.values["note"] for r in raw.tables["assistance_requests"]]
    assert notes == [3, "=1+1", "ab", '=WEBSERVICE("http://example.invalid/")']
    problems: list[Problem] = []
    update = typed_update(raw, problems)
    assert update is not None, problems
    assert [r.values["note"] for r in update.rows("assistance_requests")][:2] == ["3", "=1+1"]


def test_formulas_written_by_a_spreadsheet_program(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "manifest"
    for pair in (("key", "value"), ("format", "fwgdesk-update"), ("version", "=0+1")):
        sheet.append(pair)
    sheet.append(("publisher", '=HYPERLINK("http://example.invalid")'))
    sheet.append(("sequence", 4))
    path = tmp_path / "program.xlsx"
    workbook.save(path)
    raw = read_update(path)
    assert raw.header["version"] == "=0+1"
    assert raw.header["publisher"] == '=HYPERLINK("http://example.invalid")'
    problems: list[Problem] = []
    assert typed_update(raw, problems) is None
    assert [english(p.as_message()) for p in problems] == [
        "program.xlsx, sheet manifest, column version: '=0+1' is not a number"
    ]


# -- size and encoding ----------------------------------------------------------------------


def sparse(path: Path, size: int) -> Path:
    with path.open("wb") as stream:
        stream.truncate(size)
    return path


def test_a_50_mb_csv_is_refused_by_the_size_limit(tmp_path: Path) -> None:
    folder = csv_folder(tmp_path, {"manifest.csv": MANIFEST_CSV})
    sparse(folder / "states.csv", 50 * MIB)
    error = rejected(folder)
    assert "too large" in str(error) and "50 MiB" in str(error) and "32 MiB" in str(error)
    for name in ("big.json", "big.xlsx", "big.zip"):
        assert "too large" in str(rejected(sparse(tmp_path / name, 50 * MIB)))


def test_a_latin1_csv_is_reported_line_by_line(tmp_path: Path) -> None:
    text = "iso3,name_fr\nFRA,France\nSEN,Sénégal\nCIV,Côte d'Ivoire\nDEU,Allemagne\n"
    folder = csv_folder(
        tmp_path, {"manifest.csv": MANIFEST_CSV, "states.csv": text.encode("latin-1")}
    )
    assert messages(rejected(folder)) == [
        "upd, sheet states.csv, line 3: not UTF-8 text (byte 0xE9); save the file as UTF-8",
        "upd, sheet states.csv, line 4: not UTF-8 text (byte 0xF4); save the file as UTF-8",
    ]


def test_encoding_problems_are_capped(tmp_path: Path) -> None:
    text = "iso3,name_fr\n" + "SEN,Sénégal\n" * 500
    folder = csv_folder(
        tmp_path,
        {"manifest.csv": MANIFEST_CSV.encode("latin-1"), "states.csv": text.encode("latin-1")},
    )
    found = messages(rejected(folder))
    assert len(found) == DEFAULT_LIMITS.max_encoding_problems + 1
    assert found[-1] == "upd, sheet states.csv: more lines are not UTF-8 text (not all shown)"


def test_a_utf16_csv_is_refused_with_advice(tmp_path: Path) -> None:
    folder = csv_folder(
        tmp_path, {"manifest.csv": MANIFEST_CSV, "states.csv": "iso3\nFRA\n".encode("utf-16")}
    )
    assert "UTF-16" in str(rejected(folder))


def test_json_must_be_utf8(tmp_path: Path) -> None:
    path = tmp_path / "u.json"
    path.write_bytes('{\n"publisher": "Sécrétariat"\n}'.encode("latin-1"))
    assert messages(rejected(path)) == [
        "u.json, line 2: not UTF-8 text (byte 0xE9); save the file as UTF-8"
    ]


# -- JSON -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[1, 2]", "the file must hold one JSON object {…}, not an array"),
        ('"text"', "the file must hold one JSON object {…}, not text"),
        ("", "not valid JSON: Expecting value (line 1, column 1)"),
        ('{"format": "x",\n "version": 1 "publisher": 2}', "(line 2, column 15)"),
        ('{"sequence": NaN}', "not valid JSON: NaN is not a JSON number"),
        ('{"sequence": 1' + "0" * 5000 + "}", "not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"states": {"iso3": "FRA"}}', "must be an array of rows, not an object"),
        ('{"states": [1, {"iso3": "FRA"}]}', "a row must be an object {…}, not a number"),
        ('{"colour": "red"}', "unknown key (not part of the update format)"),
    ],
)
def test_bad_json(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    assert expected in str(rejected(path))


def test_invalid_json_is_located(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{\n  "format": "fwgdesk-update",\n  "version": 1,,\n}', encoding="utf-8")
    error = rejected(path)
    assert error.problems[0].where.line == 3
    assert "line 3, column 16" in english(error.problems[0].detail)


def test_duplicate_json_keys_are_problems(tmp_path: Path) -> None:
    path = tmp_path / "dup.json"
    path.write_text(
        '{"sequence": 1, "sequence": 2, "states": [{"iso3": "FRA", "iso3": "DEU"}],'
        ' "deletions": [{"table": "states", "key": {"iso3": "X", "iso3": "Y"}}]}',
        encoding="utf-8",
    )
    assert messages(rejected(path)) == [
        "dup.json, field sequence: the key appears more than once",
        "dup.json, table states, item 1, field iso3: the column appears more than once",
        "dup.json, table deletions, item 1, field key: the name 'iso3' appears more than once",
    ], "a repeated name is a problem where it is repeated"


# -- not an update at all -------------------------------------------------------------------


def test_what_is_not_an_update(tmp_path: Path) -> None:
    assert "no such file" in str(rejected(tmp_path / "missing.json"))
    single = tmp_path / "states.csv"
    single.write_text("iso3\nFRA\n", encoding="utf-8")
    assert "a single CSV file is not an update" in str(rejected(single))
    other = tmp_path / "picture.png"
    other.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert "not an update file" in str(rejected(other))
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "holds no CSV files" in str(rejected(empty))
    fake = tmp_path / "fake.xlsx"
    fake.write_text("hello", encoding="utf-8")
    assert "not an XLSX workbook" in str(rejected(fake))
    no_csv = tmp_path / "nocsv.zip"
    no_csv.write_bytes(zip_of({"readme.txt": b"hi"}))
    assert "holds no CSV files" in str(rejected(no_csv))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_special_files_are_never_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert "not a regular file" in str(rejected(fifo))
    folder = csv_folder(tmp_path, {"manifest.csv": MANIFEST_CSV})
    (folder / "states.csv").symlink_to("/dev/zero")
    assert "not a regular file" in str(rejected(folder))


# -- anything at all: a RawUpdate or an UpdateRejectedError ---------------------------------


def read_bytes_as(suffix: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        if suffix == "/":
            path = Path(folder) / "update"
            path.mkdir()
            (path / "manifest.csv").write_bytes(data[: len(data) // 2])
            (path / "states.csv").write_bytes(data[len(data) // 2 :])
        else:
            path = Path(folder) / f"update{suffix}"
            path.write_bytes(data)
        try:
            assert isinstance(read_update(path), RawUpdate)
        except UpdateRejectedError as error:
            assert error.problems
            assert all(p.where.file == path.name for p in error.problems)


SUFFIXES = st.sampled_from([".json", ".xlsx", ".zip", ".bin", "/"])
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(suffix=SUFFIXES, data=st.binary(max_size=2048))
def test_random_bytes(suffix: str, data: bytes) -> None:
    read_bytes_as(suffix, data)


@FUZZ
@given(suffix=SUFFIXES, data=st.binary(max_size=1024))
def test_random_bytes_that_look_like_a_zip(suffix: str, data: bytes) -> None:
    read_bytes_as(suffix, b"PK\x03\x04" + data)


PART_NAMES = st.sampled_from(
    [
        "[Content_Types].xml",
        "_rels/.rels",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/worksheets/sheet1.xml",
        "xl/sharedStrings.xml",
        "xl/styles.xml",
        "manifest.csv",
        "states.csv",
        "sub/reviews.csv",
    ]
)


@FUZZ
@given(
    parts=st.dictionaries(PART_NAMES, st.binary(max_size=300), max_size=8),
    suffix=st.sampled_from([".xlsx", ".zip", ".bin"]),
)
def test_random_archives(parts: dict[str, bytes], suffix: str) -> None:
    read_bytes_as(suffix, zip_of(parts))


def _valid(kind: str) -> bytes:
    update = sample_update()
    with tempfile.TemporaryDirectory() as folder:
        name = {"json": "u.json", "xlsx": "u.xlsx", "csv": "u.zip"}[kind]
        write_update(update, Path(folder) / name, kind)
        return (Path(folder) / name).read_bytes()


VALID: dict[str, Callable[[], bytes]] = {
    ".json": lambda: _valid("json"),
    ".xlsx": lambda: _valid("xlsx"),
    ".zip": lambda: _valid("csv"),
}
_CACHE: dict[str, bytes] = {}


def valid_bytes(suffix: str) -> bytes:
    if suffix not in _CACHE:
        _CACHE[suffix] = VALID[suffix]()
    return _CACHE[suffix]


@FUZZ
@given(
    suffix=st.sampled_from(sorted(VALID)),
    changes=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=6),
    cut=st.none() | st.integers(min_value=0),
)
def test_mutated_valid_files(suffix: str, changes: list[tuple[int, int]], cut: int | None) -> None:
    data = bytearray(valid_bytes(suffix))
    for position, value in changes:
        data[position % len(data)] = value
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    read_bytes_as(suffix, bytes(data))


@FUZZ
@given(
    entry=st.sampled_from(sorted(entries_of(_valid("xlsx")))),
    replacement=st.binary(max_size=400) | st.text(max_size=200).map(str.encode),
)
def test_a_workbook_part_replaced(entry: str, replacement: bytes) -> None:
    parts = entries_of(valid_bytes(".xlsx"))
    parts[entry] = replacement
    read_bytes_as(".xlsx", zip_of(parts))


@FUZZ
@given(
    manifest=st.text(max_size=200),
    states=st.text(alphabet=st.sampled_from("iso3,name_en;\"'=\r\n\t FRA\x00é中"), max_size=300),
)
def test_random_csv_text(manifest: str, states: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = csv_folder(Path(folder), {"manifest.csv": manifest, "states.csv": states})
        try:
            read_update(path)
        except UpdateRejectedError as error:
            assert error.problems
