"""The cells of one worksheet, read straight from its XML (defusedxml's expat parser).

openpyxl builds objects for every cell and string, about 70 µs a cell: an update of 27,000
rows took 5-10 s to read. Here each cell costs a few handler calls. Values are what openpyxl
gives: numbers as int or float, dates for date-styled numbers, booleans, text. A formula is
never evaluated: its cell gives the value the file cached, or without one the formula's text
after an ``=``.
"""

from __future__ import annotations

import contextlib
import zipfile
from typing import Any, NoReturn

from fwgdesk.domain.messages import MessageCode
from fwgdesk.exchange import codes
from fwgdesk.exchange.containers.archive import CheckedZip
from fwgdesk.exchange.containers.cells import Grid
from fwgdesk.exchange.containers.limits import Limits
from fwgdesk.exchange.containers.xlsx_parts import (
    NAME_SEPARATOR,
    Workbook,
    WorkbookError,
    feed,
)
from fwgdesk.exchange.problems import Problem, UpdateRejectedError

MAX_SHEET_ROWS = 1_048_576  # as in Excel
TEXT_ELEMENTS = frozenset({"v", "f", "t"})
DIGITS = "0123456789"


def column_letter(number: int) -> str:
    """The spreadsheet name of a 1-based column: 1 is A, 27 is AA."""
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


class _LimitReachedError(Exception):
    """Raised from a handler to stop reading a sheet that broke a limit (a problem says so)."""


def column_index(reference: str) -> int:
    """The 0-based column of a cell reference: A1 is 0, AA7 is 26."""
    letters = reference.rstrip(DIGITS).upper()
    if not (0 < len(letters) <= 3 and letters.isascii() and letters.isalpha()):
        raise WorkbookError(codes.XLSX_NOT_A_REFERENCE, reference=reference)
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number - 1


def _number(text: str) -> int | float:
    try:
        if "." in text or "E" in text or "e" in text:
            return float(text)
        return int(text)
    except ValueError:
        raise WorkbookError(codes.NOT_A_NUMBER, value=text) from None


def _whole(text: str, code: MessageCode) -> int:
    """*text* as a whole number, or the ``WorkbookError`` *code* (its ``text`` is *text*)."""
    try:
        return int(text)
    except ValueError:
        raise WorkbookError(code, text=text) from None


class SheetReader:
    """Expat handlers that fill *grid* with the sheet's rows; problems with the limits go to
    *problems* and stop the reading."""

    def __init__(self, book: Workbook, grid: Grid, limits: Limits, problems: list[Problem]):
        self.book = book
        self.grid = grid
        self.limits = limits
        self.problems = problems
        self.in_data = False
        self.line = 0
        self.column = -1
        self.cells: list[tuple[int, Any]] = []
        self.kind = "n"
        self.style = 0
        self.cached: str | None = None
        self.formula: str | None = None
        self.inline: list[str] | None = None
        self.phonetic = 0
        self.parts: list[str] | None = None
        self.columns: dict[str, int] = {}

    def read(self, checked: CheckedZip, info: zipfile.ZipInfo) -> None:
        with contextlib.suppress(_LimitReachedError):
            feed(self, checked, info)

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        name = tag.rpartition(NAME_SEPARATOR)[2]
        if not self.in_data:
            self.in_data = name == "sheetData"
        elif name == "c":
            self._start_cell(attributes)
        elif name in TEXT_ELEMENTS:
            self.parts = []
        elif name == "row":
            self._start_row(attributes.get("r"))
        elif name == "is":
            self.inline = []
        elif name == "rPh":
            self.phonetic += 1

    def _start_row(self, number: str | None) -> None:
        self.column = -1
        self.cells = []
        self.line += 1  # a row without its number follows the one before
        if number is not None:
            try:
                self.line = _whole(number, codes.XLSX_NOT_A_ROW_NUMBER)
            except WorkbookError as error:
                self._refuse(None, error, codes.XLSX_BAD_ROW)

    def _start_cell(self, attributes: dict[str, str]) -> None:
        reference = attributes.get("r")
        if reference is None:
            self.column += 1
        else:
            letters = reference.rstrip(DIGITS)
            found = self.columns.get(letters)
            if found is None:
                try:
                    found = self.columns[letters] = column_index(reference)
                except WorkbookError as error:
                    self._refuse(None, error)
            self.column = found
        self.kind = attributes.get("t", "n")
        style = attributes.get("s")
        try:
            self.style = _whole(style, codes.XLSX_NOT_A_STYLE) if style else 0
        except WorkbookError as error:
            self._refuse(column_letter(self.column + 1), error)
        self.cached = self.formula = None
        self.inline = None

    def end(self, tag: str) -> None:
        name = tag.rpartition(NAME_SEPARATOR)[2]
        if not self.in_data:
            return
        if name in TEXT_ELEMENTS:
            text = "".join(self.parts or ())
            self.parts = None
            if name == "v":
                self.cached = text
            elif name == "f":
                self.formula = text
            elif self.inline is not None and not self.phonetic:
                self.inline.append(text)
        elif name == "c":
            self._end_cell()
        elif name == "row":
            self._end_row()
        elif name == "rPh":
            self.phonetic -= 1
        elif name == "sheetData":
            self.in_data = False

    def data(self, text: str) -> None:
        if self.parts is not None:
            self.parts.append(text)

    def _end_cell(self) -> None:
        try:
            value = self._value()
        except WorkbookError as error:
            self._refuse(column_letter(self.column + 1), error)
        if value is None:
            return
        if self.column >= self.limits.max_columns:
            self._stop(codes.MORE_COLUMNS_THAN, self.line, count=self.limits.max_columns)
        self.cells.append((self.column, value))

    def _value(self) -> Any:
        raw = self.cached
        if self.formula is not None and not raw:
            return "=" + self.formula  # no cached value: the formula's text, never computed
        if self.kind == "inlineStr":
            return None if self.inline is None else "".join(self.inline)
        if not raw:
            return None
        kind = self.kind
        if kind == "n":
            return self._numeric(_number(raw))
        if kind == "s":
            index = _whole(raw, codes.XLSX_NOT_A_STRING_NUMBER)
            if not 0 <= index < len(self.book.strings):
                raise WorkbookError(codes.XLSX_STRING_MISSING, index=index)
            return self.book.strings[index]
        if kind in ("str", "e"):
            return raw
        if kind == "b":
            return bool(_whole(raw, codes.XLSX_NOT_A_BOOLEAN))
        if kind == "d":
            from openpyxl.utils.datetime import from_ISO8601  # type: ignore[import-untyped]

            return from_ISO8601(raw)
        raise WorkbookError(codes.XLSX_UNKNOWN_CELL_TYPE, kind=kind)

    def _numeric(self, number: int | float) -> Any:
        if self.style not in self.book.date_styles:
            return number
        from openpyxl.utils.datetime import from_excel

        duration = self.style in self.book.duration_styles
        try:
            return from_excel(number, self.book.epoch, timedelta=duration)
        except (OverflowError, ValueError):
            return "#VALUE!"  # marked as a date, but out of range: an error cell, as in Excel

    def _end_row(self) -> None:
        if self.line > MAX_SHEET_ROWS:
            self._stop(codes.XLSX_ROW_BEYOND, row=MAX_SHEET_ROWS)
        if not self.cells:
            return
        row: list[Any] = [None] * (max(index for index, _ in self.cells) + 1)
        for index, value in self.cells:
            row[index] = value
        self.grid.add(self.line, row)
        if len(self.grid.rows) > self.limits.max_rows + 1:
            self._stop(codes.MORE_ROWS_THAN, count=self.limits.max_rows)

    def _refuse(
        self, column: str | None, error: WorkbookError, code: MessageCode = codes.XLSX_BAD_CELL
    ) -> NoReturn:
        """Refuse the workbook: the cell (or row, by *code*) at *column* cannot be read."""
        where = self.grid.where(self.line, column)
        raise UpdateRejectedError([Problem.of(where, code, reason=error.detail)])

    def _stop(self, code: MessageCode, line: int | None = None, **params: Any) -> None:
        self.problems.append(Problem.of(self.grid.where(line), code, **params))
        raise _LimitReachedError
