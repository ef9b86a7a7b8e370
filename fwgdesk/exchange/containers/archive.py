"""ZIP archives (CSV ZIPs and XLSX workbooks): opened only after their central directory keeps
the limits, read with a hard cap on the bytes actually unpacked, and written reproducibly."""

from __future__ import annotations

import io
import os
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from fwgdesk.domain.messages import Message
from fwgdesk.exchange import codes
from fwgdesk.exchange.containers.limits import Limits, reject, size_text
from fwgdesk.exchange.problems import Location, Problem, UpdateRejectedError

if TYPE_CHECKING:
    from _typeshed import SizedBuffer, StrPath

END_OF_CENTRAL_DIRECTORY = b"PK\x05\x06"
CENTRAL_DIRECTORY_ENTRY = b"PK\x01\x02"
CHUNK = 1024 * 1024
SUPPORTED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # written archives do not depend on when they were written


def looks_like_zip(data: bytes) -> bool:
    return data.startswith((b"PK\x03\x04", END_OF_CENTRAL_DIRECTORY))


def _directory_entries(data: bytes) -> int | None:
    """How many central-directory entries the archive can hold at most (None: no directory).

    Counted on the raw bytes, so that a directory claiming to be small but holding a million
    entries is refused before ``zipfile`` builds a million objects.
    """
    end = data.rfind(END_OF_CENTRAL_DIRECTORY, max(0, len(data) - 65_557))
    if end < 0 or len(data) < end + 22:
        return None
    count, size = struct.unpack("<HI", data[end + 10 : end + 16])
    start = end - size
    if count == 0xFFFF or size == 0xFFFFFFFF or start < 0:  # ZIP64, or inconsistent
        start = 0
    return data.count(CENTRAL_DIRECTORY_ENTRY, start, end)


def _entry_problems(name: str, infos: list[zipfile.ZipInfo], limits: Limits) -> list[Problem]:
    """What is wrong with the entries one by one: encryption, methods, compression ratios."""
    problems: list[Problem] = []
    for info in infos:
        where = Location(name, info.filename)
        if info.flag_bits & 0x1:
            problems.append(Problem.of(where, codes.ZIP_ENTRY_ENCRYPTED))
        if info.compress_type not in SUPPORTED_METHODS:
            problems.append(
                Problem.of(where, codes.ZIP_UNSUPPORTED_METHOD, method=info.compress_type)
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.ratio_checked_above and ratio > limits.max_compression_ratio:
            problems.append(
                Problem.of(
                    where,
                    codes.ZIP_ENTRY_BOMB,
                    ratio=round(ratio),
                    most=float(limits.max_compression_ratio),
                )
            )
    return problems


class Budget:
    """Bytes that may still be unpacked from one archive, whatever its headers say."""

    def __init__(self, total: int) -> None:
        self.remaining = total


class CheckedZip:
    """A ZIP archive whose entries keep the limits (count, sizes, ratios, methods); *what* it
    is (a ZIP archive, an XLSX workbook) is named in its problems."""

    def __init__(
        self, data: bytes, name: str, limits: Limits, max_entries: int, what: Message | str
    ) -> None:
        self.name = name
        self.what = what
        count = _directory_entries(data)
        if count is None:
            raise reject(name, codes.ZIP_NO_DIRECTORY, what=what)
        if count > max_entries:
            raise reject(name, codes.ZIP_TOO_MANY_ENTRIES, what=what, most=max_entries)
        try:
            self.archive = zipfile.ZipFile(io.BytesIO(data))
            infos = self.archive.infolist()
        except Exception as error:  # a hostile archive may break zipfile in many ways
            raise reject(name, codes.ZIP_DAMAGED, what=what, reason=str(error)) from None
        if len(infos) > max_entries:
            raise reject(name, codes.ZIP_TOO_MANY_ENTRIES, what=what, most=max_entries)
        problems = _entry_problems(name, infos, limits)
        total = sum(info.file_size for info in infos)
        if total > limits.max_uncompressed_bytes:
            problems.append(
                Problem.of(
                    Location(name),
                    codes.ZIP_ARCHIVE_BOMB,
                    what=what,
                    size=size_text(total),
                    most=size_text(limits.max_uncompressed_bytes),
                )
            )
        if problems:
            self.archive.close()
            raise UpdateRejectedError(problems)
        self.infos = infos
        self._total = limits.max_uncompressed_bytes
        self.budget = Budget(self._total)

    def __enter__(self) -> CheckedZip:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.archive.close()

    def renew_budget(self) -> None:
        """Allow the archive's bytes to be unpacked once more (a second pass over it)."""
        self.budget = Budget(self._total)

    def chunks(self, info: zipfile.ZipInfo) -> Iterator[bytes]:
        """The unpacked bytes of one entry, in chunks; never more than its header declares nor
        than the archive's budget, and damaged data is a refusal."""
        where = Location(self.name, info.filename)
        cap = min(info.file_size, self.budget.remaining)
        read = 0
        try:
            with self.archive.open(info) as stream:
                while True:
                    chunk = stream.read(min(CHUNK, cap - read + 1))
                    if not chunk:
                        break
                    read += len(chunk)
                    if read > cap:
                        raise reject(where, codes.ZIP_ENTRY_OVERSIZED)
                    self.budget.remaining -= len(chunk)
                    yield chunk
        except UpdateRejectedError:
            raise
        except Exception as error:  # CRC mismatch, truncated data, bad local header ...
            raise reject(where, codes.ZIP_ENTRY_DAMAGED, reason=str(error)) from None

    def read(self, info: zipfile.ZipInfo) -> bytes:
        return b"".join(self.chunks(info))


class ReproducibleZipFile(zipfile.ZipFile):
    """A ZipFile writing every entry with the same time stamp and attributes, so that the same
    content gives the same bytes."""

    def writestr(
        self,
        zinfo_or_arcname: str | zipfile.ZipInfo,
        data: SizedBuffer | str,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        if isinstance(zinfo_or_arcname, zipfile.ZipInfo):
            zinfo = zinfo_or_arcname
            zinfo.date_time = FIXED_TIME
        else:
            zinfo = zipfile.ZipInfo(zinfo_or_arcname, FIXED_TIME)
        zinfo.compress_type = zipfile.ZIP_DEFLATED
        zinfo.create_system = 3
        zinfo.external_attr = 0o644 << 16
        super().writestr(zinfo, data, compress_type, compresslevel)

    def write(
        self,
        filename: StrPath,
        arcname: StrPath | None = None,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        data = Path(filename).read_bytes()
        self.writestr(os.fspath(arcname if arcname is not None else filename), data)


def zip_bytes(entries: list[tuple[str, bytes]]) -> bytes:
    """A reproducible ZIP archive of (name, bytes) entries, in the order given."""
    buffer = io.BytesIO()
    with ReproducibleZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()
