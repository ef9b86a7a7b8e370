"""The message codes of reading an update from disk: what is not a regular file, and where."""

from __future__ import annotations

from fwgdesk.domain.messages import message_code as _code

NO_SUCH_FILE = _code("source.no_such_file", "no such file or folder")
UNREADABLE = _code("source.unreadable", "cannot be read ({reason})")
NOT_A_REGULAR_FILE = _code(
    "source.not_a_regular_file",
    "{path} is {kind}, not a regular file: an update is read from regular files only",
)
KIND_LINK = _code("source.kind_link", "a symbolic link")
KIND_FIFO = _code("source.kind_fifo", "a named pipe (FIFO)")
KIND_SOCKET = _code("source.kind_socket", "a socket")
KIND_DEVICE = _code("source.kind_device", "a device")
KIND_FOLDER = _code("source.kind_folder", "a folder")
KIND_OTHER = _code("source.kind_other", "a special file")
FOLDER_UNREADABLE = _code("source.folder_unreadable", "the folder cannot be read ({reason})")
LINE_BREAK_IN_NAME = _code(
    "source.line_break_in_name", "a file name holding a line break cannot be signed or read"
)
TOO_MANY_FILES = _code(
    "source.too_many_files",
    "more than {most} files in the folder",
    count="most",
    forms=("more than {most} file in the folder", "more than {most} files in the folder"),
)
