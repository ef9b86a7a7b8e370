"""The message codes of the database layer: storage failures and what they concern."""

from __future__ import annotations

from fwgdesk.domain.messages import message_code as _code

# what a storage failure concerns (a parameter of the failures below)
A_FILE = _code("thing.file", "file")
A_FOLDER = _code("thing.folder", "folder")
A_DATA_FOLDER = _code("thing.data_folder", "data folder")
A_SETTINGS_FILE = _code("thing.settings_file", "settings file")
A_BACKUP = _code("thing.backup", "backup")
SERVER_OF = _code("thing.server_of", "the server of {database}")

DATABASE_LOCKED = _code(
    "storage.database_locked",
    "the database {database} is being used by another program (another fwgdesk window, a "
    "backup or sync tool?). Close it and try again; nothing was changed.",
)
DATABASE_DISK_FULL = _code(
    "storage.database_disk_full",
    "the disk holding {place} is full: the database {database} could not be written and "
    "nothing was changed. Free some space on that disk and try again.",
)
DATABASE_READ_ONLY = _code(
    "storage.database_read_only",
    "the database {database} cannot be written (the file or its folder is read-only); "
    "nothing was changed. Choose another data folder in Settings, or start fwgdesk with "
    "--data-dir.",
)
FILE_LOCKED = _code(
    "storage.file_locked",
    "the {what} {path} is open in another program (a spreadsheet, a PDF viewer, a backup "
    "or sync tool?). Close it and try again; nothing was changed.",
)
FILE_DISK_FULL = _code(
    "storage.file_disk_full",
    "the disk holding {folder} is full: the {what} {path} could not be written and nothing "
    "was changed. Free some space on that disk and try again.",
)
FILE_READ_ONLY = _code(
    "storage.file_read_only",
    "the {what} {path} cannot be written: the folder {folder} or the {what} is read-only; "
    "nothing was changed. Choose another folder.",
)
CANNOT_WRITE = _code("storage.cannot_write", "cannot write {path}: {reason}")

CHANGED_MEANWHILE = _code(
    "conflict.changed_meanwhile",
    "someone else changed the same data while this change was being saved; nothing was "
    "saved. Look at the data again and repeat the change.",
)

# a database server that cannot be used (PostgreSQL)
SERVER_UNREACHABLE = _code(
    "server.unreachable",
    "cannot connect to the database server {database}: it may not be running, its address "
    "may be wrong, or it refused the user name or password. Nothing was changed. The "
    "server said: {reason}",
)
SERVER_LOGIN_REFUSED = _code(
    "server.login_refused",
    "the database server {database} refused the user name or password: check them in "
    "Settings, or in --database. Nothing was changed.",
)
SERVER_CONNECTION_LOST = _code(
    "server.connection_lost",
    "the connection to the database server {database} was lost: nothing was saved. Try "
    "again once the server runs.",
)
SERVER_PERMISSION_DENIED = _code(
    "server.permission_denied",
    "the database role you use on {database} may not make this change (it may read only); "
    "nothing was changed. Ask the database's owner for an editor's role.",
)
