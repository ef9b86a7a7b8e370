"""The parts of an XLSX workbook an update needs, found through its relationships: the sheets
in workbook order, the shared strings, which cell styles show dates, and the date system.

Every part is parsed with defusedxml's parser, document types and entities refused (the parts
were already scanned for them by ``check_parts``).
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from fwgdesk.domain.messages import Message, MessageCode
from fwgdesk.exchange import codes
from fwgdesk.exchange.containers.archive import CheckedZip

NAME_SEPARATOR = "}"  # ends the namespace of a name: {namespace}local
ROOT_RELATIONSHIPS = "_rels/.rels"
DEFAULT_WORKBOOK = "xl/workbook.xml"
WINDOWS_1900 = datetime(1899, 12, 30)
MAC_1904 = datetime(1904, 1, 1)

Handler = Callable[[str, dict[str, str]], None]
EndHandler = Callable[[str, str | None], None]


class WorkbookError(Exception):
    """The workbook's structure is broken; its :attr:`detail` says where and how."""

    def __init__(self, code: MessageCode, /, **params: Any) -> None:
        self.detail = Message(code, params)
        super().__init__(code.key)


def local(name: str) -> str:
    """An element or attribute name without its namespace."""
    return name.rpartition(NAME_SEPARATOR)[2]


def _nothing(_name: str, _text: str | None) -> None:
    pass


class Target(Protocol):
    """What the parser calls: element names come as ``{namespace}local``."""

    def start(self, tag: str, attributes: dict[str, str]) -> None: ...
    def end(self, tag: str) -> None: ...
    def data(self, text: str) -> None: ...


def feed(target: Target, checked: CheckedZip, info: zipfile.ZipInfo) -> None:
    """Parse one part, in chunks (the archive's limits apply), with defusedxml's parser:
    document types, entities and external references are refused."""
    from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
    from defusedxml.ElementTree import DefusedXMLParser, ParseError  # type: ignore[import-untyped]

    parser = DefusedXMLParser(target=target, forbid_dtd=True)
    try:
        for chunk in checked.chunks(info):
            parser.feed(chunk)
        parser.close()
    except ParseError as error:
        raise WorkbookError(
            codes.XLSX_PART_NOT_XML, part=info.filename, reason=str(error)
        ) from None
    except DefusedXmlException:
        raise WorkbookError(codes.XLSX_PART_ENTITIES, part=info.filename) from None


class _Elements:
    """A parser target that hands elements on by local name, with the text of the elements
    named in *text_in*."""

    def __init__(self, start: Handler, end: EndHandler, text_in: frozenset[str]) -> None:
        self._on_start = start
        self._on_end = end
        self._text_in = text_in
        self._parts: list[str] | None = None

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        name = local(tag)
        if name in self._text_in:
            self._parts = []
        self._on_start(name, attributes)

    def end(self, tag: str) -> None:
        name = local(tag)
        text = None
        if name in self._text_in and self._parts is not None:
            text = "".join(self._parts)
            self._parts = None
        self._on_end(name, text)

    def data(self, text: str) -> None:
        if self._parts is not None:
            self._parts.append(text)


def attribute(attributes: dict[str, str], name: str) -> str | None:
    """An attribute by local name, whatever its namespace (``r:id`` and strict OOXML alike)."""
    if name in attributes:
        return attributes[name]
    return next((v for k, v in attributes.items() if local(k) == name), None)


@dataclass(slots=True)
class Workbook:
    """What is read before the sheets: their titles and parts, strings, date styles."""

    sheets: list[tuple[str, zipfile.ZipInfo]] = field(default_factory=list)
    strings: list[str] = field(default_factory=list)
    date_styles: set[int] = field(default_factory=set)
    duration_styles: set[int] = field(default_factory=set)
    epoch: datetime = WINDOWS_1900


class _Parts:
    """The archive's entries by name, and relationship files read from them."""

    def __init__(self, checked: CheckedZip) -> None:
        self.checked = checked
        self.by_name = {info.filename: info for info in checked.infos if not info.is_dir()}

    def parse(
        self,
        name: str,
        start: Handler,
        end: EndHandler = _nothing,
        text_in: frozenset[str] = frozenset(),
    ) -> None:
        info = self.by_name.get(name)
        if info is None:
            raise WorkbookError(codes.XLSX_PART_MISSING, part=name)
        feed(_Elements(start, end, text_in), self.checked, info)

    def relationships(self, owner: str) -> dict[str, tuple[str, str]]:
        """The relationships of part *owner*: id → (type, resolved target)."""
        folder, base = posixpath.split(owner)
        rels = posixpath.join(folder, "_rels", base + ".rels")
        found: dict[str, tuple[str, str]] = {}
        if rels not in self.by_name:
            return found

        def start(name: str, attributes: dict[str, str]) -> None:
            if name == "Relationship" and attributes.get("TargetMode") != "External":
                target = attributes.get("Target", "")
                path = target[1:] if target.startswith("/") else posixpath.join(folder, target)
                found[attributes.get("Id", "")] = (
                    attributes.get("Type", ""),
                    posixpath.normpath(path),
                )

        self.parse(rels, start)
        return found


def _kind(relationship_type: str) -> str:
    return relationship_type.rpartition("/")[2]


def _workbook_part(parts: _Parts) -> str:
    root = parts.relationships("")
    for kind, target in root.values():
        if _kind(kind) == "officeDocument":
            return target
    return DEFAULT_WORKBOOK


def read_workbook(checked: CheckedZip) -> Workbook:
    """The sheets (in workbook order), shared strings and date styles of *checked*."""
    parts = _Parts(checked)
    name = _workbook_part(parts)
    related = parts.relationships(name)
    book = Workbook()
    listed: list[tuple[str, str]] = []

    def start(element: str, attributes: dict[str, str]) -> None:
        if element == "sheet":
            listed.append((attributes.get("name", ""), attribute(attributes, "id") or ""))
        elif element == "workbookPr" and attributes.get("date1904") in ("1", "true"):
            book.epoch = MAC_1904

    parts.parse(name, start)
    for title, rel_id in listed:
        if rel_id not in related:
            raise WorkbookError(codes.XLSX_SHEET_UNRELATED, sheet=title, relationship=rel_id)
        kind, target = related[rel_id]
        if _kind(kind) != "worksheet":
            continue  # a chart or dialog sheet: no cells to read
        if target not in parts.by_name:
            raise WorkbookError(codes.XLSX_SHEET_WITHOUT_PART, sheet=title, part=target)
        book.sheets.append((title, parts.by_name[target]))
    for kind, target in related.values():
        if _kind(kind) == "sharedStrings":
            book.strings = _shared_strings(parts, target)
        elif _kind(kind) == "styles":
            _date_styles(parts, target, book)
    return book


def _shared_strings(parts: _Parts, name: str) -> list[str]:
    """Each string item's text: its runs joined, phonetic guides (``rPh``) left out."""
    strings: list[str] = []
    pieces: list[str] = []
    depth = {"rPh": 0}

    def start(element: str, _attributes: dict[str, str]) -> None:
        if element == "rPh":
            depth["rPh"] += 1

    def end(element: str, text: str | None) -> None:
        if element == "t" and text is not None and not depth["rPh"]:
            pieces.append(text)
        elif element == "rPh":
            depth["rPh"] -= 1
        elif element == "si":
            strings.append("".join(pieces))
            pieces.clear()

    parts.parse(name, start, end, frozenset({"t"}))
    return strings


def _date_styles(parts: _Parts, name: str, book: Workbook) -> None:
    """The cell styles (``cellXfs`` positions) whose number format shows a date or a time,
    judged as openpyxl judges them."""
    from openpyxl.styles.numbers import (  # type: ignore[import-untyped]
        builtin_format_code,
        is_date_format,
        is_timedelta_format,
    )

    custom: dict[int, str] = {}
    styles: list[int] = []
    inside = {"cellXfs": False}

    def start(element: str, attributes: dict[str, str]) -> None:
        if element == "numFmt":
            custom[int(attributes.get("numFmtId", "0"))] = attributes.get("formatCode", "")
        elif element == "cellXfs":
            inside["cellXfs"] = True
        elif element == "xf" and inside["cellXfs"]:
            styles.append(int(attributes.get("numFmtId", "0")))

    def end(element: str, _text: str | None) -> None:
        if element == "cellXfs":
            inside["cellXfs"] = False

    parts.parse(name, start, end)
    for index, number_format in enumerate(styles):
        code = custom.get(number_format) or builtin_format_code(number_format)
        if is_date_format(code):
            book.date_styles.add(index)
        if is_timedelta_format(code):
            book.duration_styles.add(index)
