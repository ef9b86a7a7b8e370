"""The message codes of the exchange format: reading, checking, applying and signing
updates. Each code is declared once, with its English template."""

from __future__ import annotations

from fwgdesk.domain.messages import message_code as _code

# where a problem is, and the refusal that lists them
IN_FILE = _code("place.file", "{file}")
IN_SHEET = _code("place.sheet", "sheet {sheet}")
AT_LINE = _code("place.line", "line {line}")
IN_COLUMN = _code("place.column", "column {column}")
IN_TABLE = _code("place.table", "table {table}")  # in a JSON document
AT_ITEM = _code("place.item", "item {item}")  # of a JSON array, counted from 1
IN_FIELD = _code("place.field", "field {field}")  # of a JSON object
PLACE = _code("place", "{parts}")
PROBLEM_AT = _code("problem", "{where}: {problem}")
INDENTED = _code("indented", "  {item}")
AND_MORE = _code(
    "update.and_more",
    "\n  … and {count} more",
    count="count",
    forms=("\n  … and {count} more", "\n  … and {count} more"),
)
UPDATE_REFUSED = _code(
    "update.refused",
    "the update was refused, {count} problem(s):\n{problems}{more}",
    count="count",
    forms=(
        "the update was refused, {count} problem:\n{problems}{more}",
        "the update was refused, {count} problems:\n{problems}{more}",
    ),
)

# what a container is (a parameter of the problems of archives)
ZIP_ARCHIVE = _code("zip.archive", "a ZIP archive")
XLSX_WORKBOOK = _code("xlsx.workbook", "an XLSX workbook")

# sizes, as a person reads them
SIZE_BYTES = _code(
    "size.bytes", "{count} bytes", count="count", forms=("{count} byte", "{count} bytes")
)
SIZE_KIB = _code("size.kib", "{size} KiB")
SIZE_MIB = _code("size.mib", "{size} MiB")
SIZE_GIB = _code("size.gib", "{size} GiB")

# reading an update file within its limits
NO_SUCH_FILE = _code("update.no_such_file", "no such file")
FILE_UNREADABLE = _code("update.file_unreadable", "the file cannot be read ({reason})")
NOT_A_REGULAR_FILE = _code("update.not_a_regular_file", "not a regular file")
FILE_TOO_LARGE = _code(
    "update.file_too_large", "the file is too large ({size}; an update may be at most {cap})"
)
NOT_AN_XLSX_FILE = _code(
    "xlsx.not_a_zip", "not an XLSX workbook (an XLSX file is a ZIP archive; this is not one)"
)
SINGLE_CSV_FILE = _code(
    "csv.single_file",
    "a single CSV file is not an update: put manifest.csv and the <table>.csv files in a "
    "folder or a ZIP archive",
)
NOT_AN_UPDATE_FILE = _code(
    "update.not_an_update_file",
    "not an update file: an update is a .json file, an .xlsx workbook, or CSV files in a "
    "folder or a .zip",
)

# ZIP archives (CSV ZIPs and XLSX workbooks)
ZIP_NO_DIRECTORY = _code(
    "zip.no_directory", "not {what}: damaged or truncated (no ZIP directory found)"
)
ZIP_TOO_MANY_ENTRIES = _code("zip.too_many_entries", "too many entries for {what} (at most {most})")
ZIP_DAMAGED = _code("zip.damaged", "not {what}: damaged or truncated ({reason})")
ZIP_ENTRY_ENCRYPTED = _code("zip.entry_encrypted", "the entry is encrypted")
ZIP_UNSUPPORTED_METHOD = _code(
    "zip.unsupported_method", "unsupported compression (method {method})"
)
ZIP_ENTRY_BOMB = _code(
    "zip.entry_bomb",
    "compressed {ratio} to 1 (at most {most} to 1): refused as a possible zip bomb",
)
ZIP_ARCHIVE_BOMB = _code(
    "zip.archive_bomb",
    "the archive unpacks to {size} (at most {most} for {what}): refused as a possible zip bomb",
)
ZIP_ENTRY_OVERSIZED = _code(
    "zip.entry_oversized", "the entry unpacks to more than its header declares"
)
ZIP_ENTRY_DAMAGED = _code("zip.entry_damaged", "the entry is damaged ({reason})")
ZIP_NO_CSV_FILES = _code("zip.no_csv_files", "the ZIP archive holds no CSV files")

# text, sheets and CSV files
UTF16_TEXT = _code(
    "update.utf16_text", "the file is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8)"
)
NOT_UTF8_LINE = _code(
    "update.not_utf8_line", "not UTF-8 text (byte 0x{byte}); save the file as UTF-8"
)
MORE_NOT_UTF8 = _code("update.more_not_utf8", "more lines are not UTF-8 text (not all shown)")
NUL_BYTES = _code("update.nul_bytes", "not UTF-8 text: the file holds NUL bytes; save it as UTF-8")
COLUMN_TWICE = _code("update.column_twice", "the column appears twice")
VALUE_WITHOUT_COLUMN = _code(
    "update.value_without_column",
    "a value in column {column}, which has no name in the header row",
)
MORE_LINES_THAN = _code(
    "update.more_lines_than",
    "more than {count} lines",
    count="count",
    forms=("more than {count} line", "more than {count} lines"),
)
MORE_COLUMNS_THAN = _code(
    "update.more_columns_than",
    "more than {count} columns",
    count="count",
    forms=("more than {count} column", "more than {count} columns"),
)
MORE_ROWS_THAN = _code(
    "update.more_rows_than",
    "more than {count} rows",
    count="count",
    forms=("more than {count} row", "more than {count} rows"),
)

# the manifest (the update's header)
MANIFEST_EMPTY = _code("update.manifest_empty", "the manifest is empty")
MANIFEST_COLUMNS_ROW = _code(
    "update.manifest_columns_row",
    "the first row of the manifest must name its two columns: {columns}",
)
MANIFEST_VALUE_WITHOUT_KEY = _code("update.manifest_value_without_key", "a value with no key")
MANIFEST_UNKNOWN_KEY = _code(
    "update.manifest_unknown_key", "unknown manifest key (the keys are: {keys})"
)
MANIFEST_KEY_TWICE = _code("update.manifest_key_twice", "the key appears twice")

# CSV files in a folder or a ZIP archive
CSV_INVALID = _code("csv.invalid", "not valid CSV ({reason})")
CSV_SECOND_FILE = _code("csv.second_file", "a second file for {table} ({other})")
CSV_NO_MANIFEST = _code("csv.no_manifest", "no {file} (the update's header: columns {columns})")
CSV_FOLDER_EMPTY = _code(
    "csv.folder_empty", "the folder holds no CSV files (manifest.csv and <table>.csv)"
)
CSV_FOLDER_TOO_MANY = _code(
    "csv.folder_too_many", "the folder holds too many CSV files (at most {most})"
)

# XLSX workbooks
XML_UNSUPPORTED_ENCODING = _code("xlsx.xml_unsupported_encoding", "XML in an unsupported encoding")
XML_DECLARED_ENCODING = _code(
    "xlsx.xml_declared_encoding", "XML in an unsupported encoding ({encoding})"
)
XML_ENTITIES = _code(
    "xlsx.xml_entities",
    "XML with a document type or entity declarations (refused: entity attacks)",
)
XLSX_UNREADABLE = _code("xlsx.unreadable", "not a readable XLSX workbook ({reason})")
XLSX_SECOND_SHEET = _code("xlsx.second_sheet", "a second sheet for {table} ({other})")
XLSX_NO_MANIFEST = _code(
    "xlsx.no_manifest", "no sheet '{sheet}' (the update's header: columns {columns})"
)
XLSX_PART_NOT_XML = _code("xlsx.part_not_xml", "{part}: not well-formed XML ({reason})")
XLSX_PART_ENTITIES = _code(
    "xlsx.part_entities", "{part}: XML with a document type or entity declarations"
)
XLSX_PART_MISSING = _code("xlsx.part_missing", "the part {part} is missing")
XLSX_SHEET_UNRELATED = _code(
    "xlsx.sheet_unrelated", "the sheet '{sheet}' has no part (no relationship '{relationship}')"
)
XLSX_SHEET_WITHOUT_PART = _code(
    "xlsx.sheet_without_part", "the sheet '{sheet}' has no part ({part})"
)
XLSX_NOT_A_REFERENCE = _code("xlsx.not_a_reference", "'{reference}' is not a cell reference")
XLSX_NOT_A_ROW_NUMBER = _code("xlsx.not_a_row_number", "'{text}' is not a row number")
XLSX_NOT_A_STYLE = _code("xlsx.not_a_style", "'{text}' is not a style number")
XLSX_NOT_A_STRING_NUMBER = _code(
    "xlsx.not_a_string_number", "'{text}' is not the number of a shared string"
)
XLSX_NOT_A_BOOLEAN = _code("xlsx.not_a_boolean", "'{text}' is not a boolean (0 or 1)")
XLSX_STRING_MISSING = _code("xlsx.string_missing", "shared string {index} is missing")
XLSX_UNKNOWN_CELL_TYPE = _code("xlsx.unknown_cell_type", "a cell of unknown type '{kind}'")
XLSX_ROW_BEYOND = _code("xlsx.row_beyond", "a row beyond row {row}")
XLSX_BAD_CELL = _code("xlsx.bad_cell", "a cell that cannot be read: {reason}")
XLSX_BAD_ROW = _code("xlsx.bad_row", "a row that cannot be read: {reason}")

# JSON
JSON_NOT_A_NUMBER = _code("json.not_a_number", "{name} is not a JSON number")
JSON_INVALID = _code("json.invalid", "not valid JSON: {reason}")
JSON_INVALID_AT = _code(
    "json.invalid_at", "not valid JSON: {reason} (line {line}, column {column})"
)
JSON_TOO_DEEP = _code("json.too_deep", "not valid JSON: nested too deeply")
JSON_AN_OBJECT = _code("json.an_object", "an object")
JSON_AN_ARRAY = _code("json.an_array", "an array")
JSON_TEXT = _code("json.text", "text")
JSON_A_NUMBER = _code("json.a_number", "a number")
JSON_NOT_AN_OBJECT = _code(
    "json.not_an_object", "the file must hold one JSON object {{…}}, not {kind}"
)
JSON_KEY_REPEATED = _code("json.key_repeated", "the key appears more than once")
JSON_NOT_AN_ARRAY = _code("json.not_an_array", "must be an array of rows, not {kind}")
JSON_UNKNOWN_KEY = _code("json.unknown_key", "unknown key (not part of the update format)")
JSON_ROW_NOT_AN_OBJECT = _code(
    "json.row_not_an_object", "a row must be an object {{…}}, not {kind}"
)
JSON_COLUMN_REPEATED = _code("json.column_repeated", "the column appears more than once")
JSON_NAME_REPEATED = _code("json.name_repeated", "the name '{name}' appears more than once")

# values that do not fit their column
VALUE_REQUIRED = _code("update.value_required", "a value is required")
EXPECTED_TEXT = _code("update.expected_text", "expected text, found {found}")
CONTROL_CHARACTERS = _code("update.control_characters", "the text holds control characters")
UNPAIRED_SURROGATE = _code(
    "update.unpaired_surrogate",
    "the text holds an unpaired surrogate (U+D800 to U+DFFF): not valid Unicode",
)
CANNOT_BE_EMPTY = _code(
    "update.cannot_be_empty",
    "this column cannot be emptied: give a value, or leave the column out to keep the current one",
)
TEXT_TOO_LONG = _code(
    "update.text_too_long",
    "text longer than {most} characters",
    count="most",
    forms=("text longer than {most} character", "text longer than {most} characters"),
)
NOT_ISO3 = _code(
    "update.not_iso3", "'{value}' is not an ISO 3166 alpha-3 code (three capital letters A-Z)"
)
NOT_A_CATALOGUE_CODE = _code(
    "update.not_a_catalogue_code", "'{value}' is not a catalogue code such as WG8-R12"
)
NOT_A_DATE = _code("update.not_a_date", "'{value}' is not a date (YYYY-MM-DD)")
NOT_A_DATETIME = _code(
    "update.not_a_datetime",
    "'{value}' is not a date and time with its time zone (RFC 3339: 2022-05-05T09:00:00Z)",
)
EXPECTED_NUMBER = _code("update.expected_number", "expected a number, found {found}")
NOT_A_NUMBER = _code("update.not_a_number", "'{value}' is not a number")
BELOW_MINIMUM = _code("update.below_minimum", "{value} is below {minimum}")
ABOVE_MAXIMUM = _code("update.above_maximum", "{value} is above {maximum}")
NOT_A_WHOLE_NUMBER = _code("update.not_a_whole_number", "'{value}' is not a whole number")
NOT_A_BOOLEAN = _code("update.not_a_boolean", "'{value}' is not true or false")
NOT_ONE_OF = _code("update.not_one_of", "'{value}' is not one of: {values}")
EXPECTED_LIST = _code("update.expected_list", "expected a list ('{separator}'-separated in a cell)")
NOT_LANGUAGE_CODES = _code(
    "update.not_language_codes", "not ISO 639-1 language codes (two small letters a-z): {codes}"
)
KEY_NOT_JSON = _code("update.key_not_json", "the key is not valid JSON ({reason})")
KEY_FORM = _code("update.key_form", "the key must be a JSON object or 'name=value;name=value'")
UNKNOWN_COLUMN = _code("update.unknown_column", "unknown column of {table}")
UNKNOWN_TABLE = _code("update.unknown_table", "unknown table '{table}'")
WRONG_FORMAT = _code("update.wrong_format", "must be '{format}'")
UNSUPPORTED_VERSION = _code(
    "update.unsupported_version",
    "version {version} is not supported (this fwgdesk reads version {supported})",
)

# checks of an update against itself and the database
KEY_COLUMNS = _code("update.key_columns", "a key of {table} has exactly the columns {columns}")
KEY_PART = _code("update.key_part", "{column}: {problem}")
KEY_REPEATED = _code("update.key_repeated", "the key ({key}) appears more than once")
UNKNOWN_STATE = _code("update.unknown_state", "unknown State code '{code}'")
UNKNOWN_RECOMMENDATION = _code("update.unknown_recommendation", "unknown catalogue code '{code}'")
NO_SUCH_REVIEW = _code("update.no_such_review", "no such review (state, group, cluster)")
NOT_A_PHONE = _code("update.not_a_phone", "'{value}' is not a phone number")
STATE_DELETED_HERE = _code("update.state_deleted_here", "the update deletes the State '{code}'")
STATE_STILL_USED = _code(
    "update.state_still_used",
    "the State {code} cannot be deleted while {rows} refer to it; delete them in the same "
    "update first",
)
ROWS_OF = _code(
    "update.rows_of",
    "{count} row(s) of {table}",
    count="count",
    forms=("{count} row of {table}", "{count} rows of {table}"),
)
WRITES_AND_DELETES = _code(
    "update.writes_and_deletes", "the update both writes and deletes this {table} row"
)

# applying and undoing
OLD_SEQUENCE = _code(
    "update.old_sequence",
    "sequence {sequence} of {publisher} is not above the last one applied ({last}): an "
    "older or repeated update",
)
UNDECIDED_CONFLICT = _code(
    "update.undecided_conflict",
    "conflict with a local change of {row}: decide keep mine or take the incoming value",
)
DATABASE_REFUSED = _code("update.database_refused", "the database refused the update: {reason}")
NOTHING_TO_UNDO = _code("update.nothing_to_undo", "there is no import to undo")
KEPT_CHANGE = _code("update.kept_change", "{change}")
KEPT_EXISTS_AGAIN = _code("update.kept_exists_again", "{row} (exists again)")

# writing an update
UNKNOWN_CONTAINER = _code(
    "update.unknown_container", "unknown format '{container}' (one of: {containers})"
)
NO_FOLDER_FOR = _code(
    "update.no_folder_for", "cannot write {path}: the folder {folder} does not exist"
)
TARGET_IS_A_FOLDER = _code("update.target_is_a_folder", "cannot write {path}: it is a folder")
CSV_FOLDER_IS_A_FILE = _code(
    "csv.folder_is_a_file", "cannot write the CSV folder {path}: a file of that name exists"
)
CSV_FOLDER_NOT_REPLACEABLE = _code(
    "csv.folder_not_replaceable",
    "cannot write the CSV folder {path}: it holds other files than CSV files; choose a new "
    "or empty folder",
)

# importing, as the command line and the window ask for it
CONFIRM_SIGNATURE = _code("signature.confirm", "{signature} — confirm to import it anyway")
CONFIRM_WITH_YES = _code(
    "signature.confirm_with_yes", "{signature}; run with --yes to import it anyway"
)
SIGNATURE_REFUSED = _code("signature.refused", "{signature}")
CHOOSE_PREFERENCE = _code(
    "update.choose_preference", "conflicts with local changes: choose with --prefer local|incoming"
)
EXPORT_WHICH = _code(
    "update.export_which", "say which data to export: --state ISO3 (repeatable) or --all"
)

# files the keys and signatures are read from
AN_UPDATE_FILE = _code("keys.an_update_file", "an update file")
A_KEY_FILE = _code("keys.a_key_file", "a key file")
THE_KEY_INDEX = _code("keys.the_key_index", "the key index")
A_PASSPHRASE_FILE = _code("keys.a_passphrase_file", "a passphrase file")
PATH_NOT_FOUND = _code("keys.path_not_found", "{path}: no such file")
PATH_IS_A_FOLDER = _code("keys.path_is_a_folder", "{path}: is a folder, not {what}")
PATH_UNREADABLE = _code("keys.path_unreadable", "{path}: cannot be read ({reason})")
PATH_TOO_LARGE = _code(
    "keys.path_too_large",
    "{path}: too large for {what} (more than {most} bytes)",
    count="most",
    forms=(
        "{path}: too large for {what} (more than {most} byte)",
        "{path}: too large for {what} (more than {most} bytes)",
    ),
)

# key pairs and key files
SAME_KEY_FILES = _code("keys.same_files", "the private and the public key need two different files")
KEY_FILE_EXISTS = _code("keys.file_exists", "{path}: already exists; it is not overwritten")
EMPTY_PASSPHRASE = _code("keys.empty_passphrase", "the passphrase is empty")
PUBLIC_NOT_PRIVATE = _code(
    "keys.public_not_private", "{path}: is a public key; signing needs the private key (.key)"
)
PASSPHRASE_NEEDED = _code(
    "keys.passphrase_needed",
    "{path}: the private key is protected by a passphrase; give it with --passphrase-file",
)
WRONG_PASSPHRASE = _code(
    "keys.wrong_passphrase", "{path}: wrong passphrase, or the key file is damaged"
)
NOT_A_PRIVATE_KEY = _code("keys.not_a_private_key", "{path}: not a PEM private key ({reason})")
NOT_ED25519_PRIVATE = _code(
    "keys.not_ed25519_private", "{path}: not an Ed25519 key; update files are signed with Ed25519"
)
PRIVATE_NOT_PUBLIC = _code(
    "keys.private_not_public",
    "{path}: is a private key; trust the public key (.pub) and keep the private key secret",
)
NOT_A_PUBLIC_KEY = _code("keys.not_a_public_key", "{path}: not a PEM public key")
NOT_ED25519_PUBLIC = _code(
    "keys.not_ed25519_public",
    "{path}: not an Ed25519 public key; update files are signed with Ed25519",
)
PASSPHRASE_NOT_UTF8 = _code(
    "keys.passphrase_not_utf8", "{path}: the passphrase file is not UTF-8 text"
)
PASSPHRASE_FILE_EMPTY = _code("keys.passphrase_file_empty", "{path}: the passphrase file is empty")
KEY_NAME_NOT_PLAIN = _code(
    "keys.name_not_plain", "--name {name}: give a plain file name, without a folder"
)

# the trusted keys
INDEX_UNREADABLE = _code(
    "keys.index_unreadable",
    "{path}: the names of the trusted keys cannot be read; fix or delete it ({reason})",
)
INDEX_NOT_AN_OBJECT = _code(
    "keys.index_not_an_object", "{path}: must hold a JSON object {{key_id: name}}"
)
KEY_NAME_EMPTY = _code("keys.name_empty", "the name of a trusted key cannot be empty")
KEY_NAME_TOO_LONG = _code(
    "keys.name_too_long",
    "the name of a trusted key is limited to {most} characters",
    count="most",
    forms=(
        "the name of a trusted key is limited to {most} character",
        "the name of a trusted key is limited to {most} characters",
    ),
)
KEY_SKIPPED = _code("keys.skipped", "skipped: {problem}")
KEY_SKIPPED_FROM_SETTINGS = _code(
    "keys.skipped_from_settings", "skipped (from the settings): {problem}"
)
KEY_FILE_HOLDS_OTHER = _code("keys.file_holds_other", "{path}: holds key {found}, not {expected}")
NOT_A_KEY_ID = _code(
    "keys.not_a_key_id",
    "{key} is not a key id (16 hexadecimal digits, as `fwgdesk keys list` shows them)",
)
TRUSTED_IN_SETTINGS = _code(
    "keys.trusted_in_settings",
    "key {key_id} is trusted through the settings ({source}); remove it from trusted_keys there",
)
NO_TRUSTED_KEY = _code(
    "keys.no_trusted_key", "no trusted key {key}; `fwgdesk keys list` shows them"
)
BAD_POLICY = _code(
    "signature.bad_policy",
    "signature policy for {outcome}: {value} is not accept, confirm or refuse",
)

# what the signature of an update says
NOT_SIGNED = _code("signature.not_signed", "Not signed")
SIGNED_BY = _code("signature.signed_by", "Signed by {signer} (key {key_id})")
UNKNOWN_SIGNER = _code(
    "signature.unknown_signer", "Signed by an unknown key {key_id}: not in your trusted keys"
)
SIGNATURE_MISMATCH = _code(
    "signature.mismatch",
    "The signature does not match the file: it was altered after signing, or the signature "
    "is damaged",
)
FOLDER_UNCHECKABLE = _code(
    "signature.folder_uncheckable",
    "The folder cannot be checked against its signature: {problem}",
)
SIGNATURE_FILE_INVALID = _code(
    "signature.file_invalid", "The signature file is not valid: {problem}"
)
SIG_EMPTY = _code(
    "signature.empty",
    "it is empty, unreadable or larger than {most} bytes",
    count="most",
    forms=(
        "it is empty, unreadable or larger than {most} byte",
        "it is empty, unreadable or larger than {most} bytes",
    ),
)
SIG_NOT_JSON = _code("signature.not_json", "it is not UTF-8 JSON")
SIG_NOT_AN_OBJECT = _code("signature.not_an_object", "it must hold a JSON object")
SIG_ALGORITHM = _code("signature.algorithm", 'the algorithm is {found}, not "{expected}"')
SIG_NO_ALGORITHM = _code("signature.no_algorithm", "none")
SIG_KEY_ID = _code("signature.key_id", "key_id {found} is not 16 hexadecimal digits")
SIG_MISSING = _code("signature.missing", "the signature is missing or not text")
SIG_NOT_BASE64 = _code("signature.not_base64", "the signature is not valid base64")
SIG_LENGTH = _code(
    "signature.length",
    "the signature has {count} bytes; an Ed25519 signature has {expected}",
    count="count",
    forms=(
        "the signature has {count} byte; an Ed25519 signature has {expected}",
        "the signature has {count} bytes; an Ed25519 signature has {expected}",
    ),
)

# what a signed CSV folder must be
FOLDER_SYMLINK = _code("signature.folder_symlink", "{path}: a symbolic link in a signed folder")
FOLDER_LINE_BREAK = _code("signature.folder_line_break", "{path}: a file name holding a line break")
FOLDER_TOO_MANY_FILES = _code(
    "signature.folder_too_many_files",
    "{path}: more than {most} files",
    count="most",
    forms=("{path}: more than {most} file", "{path}: more than {most} files"),
)

# the application's rules, as an update would break them
STAGE_BEFORE_HISTORY = _code(
    "update.stage_before_history",
    "the review would be at this stage since {on}, before its latest stage change ({stage} "
    "on {latest_on}); give a later date, or delete that stage change in the same update",
)
STAGE_EVENTS_CONTRADICT = _code(
    "update.stage_events_contradict",
    "these stage changes would leave the review {review} at {stage} while its latest stage "
    "change is to {latest}; give the review's new stage in the table reviews too",
)
TWO_ACTIVE_FOCAL_POINTS = _code(
    "update.two_active_focal_points",
    "{iso3} would have more than one active focal point: {people}; end the earlier "
    "designation (ended_on) in the same update",
)
RULE_BROKEN = _code("update.rule_broken", "the update would break a rule: {problem}")
AND_OTHERS = _code(
    "update.and_others", "{count} others", count="count", forms=("{count} other", "{count} others")
)
