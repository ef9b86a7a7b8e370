"""The message codes of the services: what a user asked for that does not exist or cannot
be done, and what happens to the database as it is opened, backed up and restored."""

from __future__ import annotations

from fwgdesk.domain.messages import message_code as _code

UNKNOWN_STATE = _code("state.unknown", "unknown State '{iso3}'")
UNKNOWN_STATE_ISO3 = _code(
    "state.unknown_iso3", "unknown State '{iso3}' (an ISO 3166 alpha-3 code)"
)
NO_FOCAL_POINT_ID = _code("focal_point.no_id", "no focal point with id {id}")
NO_FOCAL_POINT_KEY = _code("focal_point.no_key", "no focal point with key '{key}'")
NO_REVIEW_ID = _code("review.no_id", "no review with id {id}")
NO_REVIEW = _code("review.none", "{iso3} has no review in group {group}, cluster {cluster}")
NO_ASSISTANCE_ID = _code("assistance.no_id", "no assistance request with id {id}")
NO_ASSISTANCE_KEY = _code("assistance.no_key", "no assistance request with key '{key}'")
UNKNOWN_CATALOGUE_CODES = _code("catalogue.unknown_codes", "unknown catalogue codes: {codes}")
NOT_LINKED = _code("link.not_linked", "{code} is not linked to {iso3}")
UNKNOWN_FILTER = _code(
    "catalogue.unknown_filter", "unknown {kind} '{value}': choose one of {known}"
)
EMPTY_SEARCH = _code("catalogue.empty_search", "the search text is empty")
KIND_SOURCE = _code("catalogue.kind_source", "source")
KIND_SECTION = _code("catalogue.kind_section", "section")
KIND_THEME = _code("catalogue.kind_theme", "theme")

UNKNOWN_KEEP_CHOICE = _code(
    "history.unknown_keep",
    "unknown choice '{keep}' for what to keep of removed people (one of: {choices})",
)
UNKNOWN_HISTORY_FORMAT = _code(
    "history.unknown_format", "unknown format '{fmt}' (one of: {formats})"
)
END_BEFORE_START = _code(
    "history.end_before_start", "the end date {until} is before the start date {since}"
)

SETTINGS_UNREADABLE = _code(
    "settings.unreadable", "{path}: the settings file cannot be read ({reason})"
)
SETTINGS_NOT_AN_OBJECT = _code(
    "settings.not_an_object", "{path}: the settings file must hold a JSON object"
)

NO_SUCH_BACKUP = _code("backup.no_such_file", "{path}: no such backup file")
BACKUP_NOT_SOUND = _code("backup.not_sound", "{path}: not a sound SQLite database ({reason})")
BACKUP_NOT_FWGDESK = _code("backup.not_fwgdesk", "{path}: not an fwgdesk database ({reason})")
BACKUP_OTHER_VERSION = _code(
    "backup.other_version", "{path}: made by another version of fwgdesk (schema {revision})"
)
RESTORE_ONTO_ITSELF = _code("backup.onto_itself", "that file is the database itself")
RESTORE_FAILED = _code(
    "backup.restore_failed",
    "{database}: could not restore ({reason}); {kept} holds the database as it was",
)
NO_BACKUP_FOLDER = _code(
    "backup.no_folder",
    "the database on the server {database} was opened without a data folder to keep its backups in",
)

DATA_FOLDER_READ_ONLY = _code(
    "startup.data_folder_read_only",
    "{folder}: the data folder is read-only, so fwgdesk cannot keep its database there. "
    "Choose another data folder in Settings, or start fwgdesk with --data-dir.",
)
NETWORK_SHARE = _code(
    "startup.network_share",
    "{folder} is on a network share ({kind}). SQLite's write-ahead log does not work over "
    "a network: two computers writing at once can damage the database. Keep the data "
    "folder on a local disk, or let the office share one PostgreSQL database (Settings, or "
    "--database).",
)
NOT_USABLE = _code("startup.not_usable", "{database}: not a usable fwgdesk database ({reason})")
FAILED_CHECK = _code(
    "startup.failed_check", "{database}: the database failed its check: {problem}."
)
DAMAGED_NO_BACKUP = _code("startup.damaged_no_backup", "{problem} No good backup was found.")
DAMAGED_WITH_BACKUP = _code(
    "startup.damaged_with_backup",
    "{problem} The newest good backup is {backup}: restore it with `fwgdesk db restore {backup}`.",
)
RESTORED_FROM_BACKUP = _code(
    "startup.restored", "{problem} It was restored from the backup made before."
)
UPGRADE_FAILED = _code("startup.upgrade_failed", "the database could not be upgraded ({reason})")
UPGRADE_FAILED_RESTORED = _code(
    "startup.upgrade_failed_restored",
    "the database could not be upgraded ({reason}); it was restored from the backup made before.",
)
DANGLING_ROWS = _code(
    "startup.dangling_rows",
    "{count} row(s) point to rows that no longer exist ({problem}); run Check database "
    "(`fwgdesk db check`) to repair them",
    count="count",
    forms=(
        "{count} row points to rows that no longer exist ({problem}); run Check database"
        " (`fwgdesk db check`) to repair it",
        "{count} rows point to rows that no longer exist ({problem}); run Check database"
        " (`fwgdesk db check`) to repair them",
    ),
)
DAILY_BACKUP_FAILED = _code(
    "startup.daily_backup_failed", "the daily backup could not be made: {reason}"
)

# someone else changed a row since it was read
ROW_CHANGED = _code(
    "conflict.row_changed",
    "{what} was changed by someone else since you opened it; nothing was saved.\n{changes}\n"
    "Reload to see their change, or save yours over it.",
)
ROW_REMOVED = _code(
    "conflict.row_removed",
    "{what} was removed by someone else since you opened it; nothing was saved.",
)
EDITED_MEANWHILE = _code(
    "conflict.edited_meanwhile",
    "{what} was changed by someone else while you were editing it:\n{changes}\n"
    "Saving will ask whether to keep their change or save yours over it.",
)
REMOVED_MEANWHILE = _code(
    "conflict.removed_meanwhile",
    "{what} was removed by someone else while you were editing it; it can no longer be saved.",
)
CHANGE_LINE = _code("conflict.change_line", "• {field}: {old} → {new} ({who}, {at})")
CHANGE_LINE_ADDED = _code("conflict.change_line_added", "• added ({who}, {at})")
WHO_ON_HOST = _code("conflict.who_on_host", "{user} on {host}")
WHO_UNKNOWN = _code("conflict.who_unknown", "unknown user")
WHAT_FOCAL_POINT = _code("conflict.what_focal_point", "{name} ({state})")
WHAT_PERSON_NUMBER = _code("conflict.what_person_number", "the person #{id}")
WHAT_REVIEW = _code(
    "conflict.what_review", "the review of {state}, group {group}, cluster {cluster}"
)
WHAT_REVIEW_NUMBER = _code("conflict.what_review_number", "the review #{id}")
WHAT_ASSISTANCE = _code(
    "conflict.what_assistance", "the request for assistance with {topic} of {on} ({state})"
)
WHAT_LINK = _code("conflict.what_link", "the link of {code} to {state}")

# one active focal point a State
PREDECESSOR_ACTIVE = _code(
    "focal_point.predecessor_active",
    "{name} is {iso3}'s active focal point (since {since}); end that designation on a date "
    "to designate another",
)

DATABASE_NEWER = _code(
    "startup.database_newer",
    "the database {database} was upgraded by a newer version of fwgdesk (schema {revision}); "
    "this one knows schema {ours}: install the newer version",
)
ONLY_OWNER_UPGRADES = _code(
    "startup.only_owner_upgrades",
    "the schema of {database} is changed only by its owner role ({owner}); you connect as "
    "{role}. Ask the owner to run `fwgdesk db upgrade`; nothing was changed.",
)
READ_ONLY = _code(
    "startup.read_only",
    "you connect to {database} with a role that may only read: nothing can be changed here",
)
SHARED_SCHEMA_OLDER = _code(
    "startup.shared_schema_older",
    "the shared database {database} has schema {revision}; this version of fwgdesk needs "
    "schema {ours}. Everyone using it must then use this version: upgrade it with "
    "`fwgdesk db upgrade`, or ask its owner.",
)
