"""The published JSON Schema is the contract: an independent validator (``jsonschema``) and
the application's reader agree on every row of every table, valid or not (hypothesis).

The application's verdict on a one-row update: the JSON reader, typing and the checks that
need no database (references to the database's rows are left out). The only verdicts allowed
to differ are the rules across two columns of a row, which the schema's descriptions state
and JSON Schema cannot (``validate.ACROSS_COLUMNS``).
"""

from __future__ import annotations

import json
import os
import re
import sys
from datetime import UTC
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from fwgdesk.domain.wording import english
from fwgdesk.exchange import patterns
from fwgdesk.exchange.coerce import update_as_far_as_typed
from fwgdesk.exchange.containers import DEFAULT_LIMITS
from fwgdesk.exchange.containers.json_io import read_json
from fwgdesk.exchange.problems import Problem, UpdateRejectedError
from fwgdesk.exchange.schema import build_schema
from fwgdesk.exchange.spec import DATA_TABLES, HEADER, MAX_TEXT, TABLES, Column, Table
from fwgdesk.exchange.validate import ACROSS_COLUMNS, self_problems

EXAMPLES = int(os.environ.get("FWGDESK_HYPOTHESIS_EXAMPLES", "500"))
SCHEMA = build_schema()
CHECKER = Draft202012Validator.FORMAT_CHECKER
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=CHECKER)
# jsonschema checks the format date-time only with rfc3339-validator installed; without it
# the schema's pattern still holds, and days a month does not have are not generated.
DATETIMES_CHECKED = "date-time" in CHECKER.checkers
HEADER_VALUES = {"format": "fwgdesk-update", "version": 1, "publisher": "P", "sequence": 1}
PROPERTIES = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# -- the two verdicts -----------------------------------------------------------------------


def app_problems(document: dict[str, Any]) -> list[Problem]:
    """What the application finds wrong with *document*, the database aside."""
    data = json.dumps(document, ensure_ascii=False, allow_nan=False).encode("utf-8")
    try:
        raw = read_json(data, "u.json", DEFAULT_LIMITS)
    except UpdateRejectedError as error:
        return error.problems
    problems: list[Problem] = []
    update = update_as_far_as_typed(raw, problems)
    return problems + self_problems(update)


def assert_agree(document: dict[str, Any]) -> None:
    problems = app_problems(document)
    errors = [error.message for error in VALIDATOR.iter_errors(document)]
    found = [english(p.as_message()) for p in problems]
    beyond = bool(problems) and all(p.detail.code in ACROSS_COLUMNS for p in problems)
    if beyond:
        assert not errors, f"the schema refuses, the app only for a rule across columns: {errors}"
        return
    assert bool(problems) == bool(errors), (
        f"the app says {found or 'valid'}, the schema says {errors or 'valid'}: {document}"
    )


# -- values near the edges ------------------------------------------------------------------

NOT_A_STRING = [None, 0, 1, True, False, 2.5, [], {}, ["x"], 10**400, -(10**400)]
WHITE = ["", " ", "\t", "\n", "\u00a0", "\u3000", "\u2028", "\u0085", "\ufeff"]
LOOKALIKES = ["ﬁn", "ſwe", "ＦＲＡ", "K\u212a", "İ", "ß", "é", "e\u0301"]
CONTROLS = ["\x00", "\x01", "\x0b", "\x0c", "\x1c", "\x1f", "\x7f", "\x9f"]


def _padded(value: str) -> list[str]:
    return [f" {value}", f"{value} ", f"{value}\n", f"\n{value}", f"\u00a0{value}"]


def _cased(value: str) -> list[str]:
    return [value.upper(), value.lower(), value.title(), value.swapcase()]


def _texts(column: Column) -> list[Any]:
    most = column.max_length or MAX_TEXT
    odd = [*WHITE, *CONTROLS, *LOOKALIKES, *NOT_A_STRING, "a\tb", "a\r\nb", " padded "]
    odd += ["x" * most, "x" * (most + 1), " " + "x" * (most - 1), "x" * (most - 1) + "\n"]
    odd += [f"a{c}b" for c in CONTROLS]
    if column.rule == "email":
        odd += ["a@b.org", " a@b.org\n", "a@b", "@b.org", "a b@c.org", "a@@b.org", "a@b.org x"]
        odd += ["a@b.c\u00a0", "a\u0085b@c.org", "é@ü.org", "a@b.org\x01", "a@b.org\n\n"]
    if column.rule == "phone":
        odd += ["+41 22 917 12 34", "123456", "12345", " 12345 ", "+ 12345", "+12345 "]
        odd += ["(0)123/45-6.", "+" + "1" * 32, "1" * 33, "123456a", "１２３４５６", "12 34 5"]
    return odd


CODE_EDGES: dict[str, list[Any]] = {
    "iso3": ["FRA", "EUU", *LOOKALIKES, "FR", "FRAN", *_cased("fra"), *_padded("FRA")],
    "code": [
        "WG8-R12",
        "RES11.6-P3",
        "CS-DP1",
        "WG8R12",
        "-R1",
        "WG8-R",
        "WG8-12",
        "A" * 21 + "-R1",
        "A" * 22 + "-R1",
        *_cased("wg8-r12"),
        *_padded("WG8-R12"),
        "WG8-R１２",
        "WG8–R12",
    ],
    "date": [
        "2021-01-15",
        "2024-02-29",
        "2023-02-29",
        "2021-02-30",
        "2021-13-01",
        "0000-01-01",
        "0001-01-01",
        "9999-12-31",
        "20210115",
        "2021-1-5",
        "2021-01-15T10:00:00",
        "２０２１-01-15",
        *_padded("2021-01-15"),
        "2021-W02-5",
        "2021-015",
    ],
    "datetime": ["2022-05-05T09:00:00Z", "2022-05-05T09:00:00.123456789+05:30"]
    + ["2022-05-05T09:00", "2022-05-05T09:00:00", "2022-05-05 09:00:00Z", "2022-05-05t09:00:00z"]
    + ["2022-05-05T24:00:00Z", "2022-05-05T09:60:00Z", "2022-05-05T09:00:60Z", "20220505T090000Z"]
    + ["2022-05-05T09:00:00+24:00", "2022-05-05T09:00:00+0100", "2022-05-05T09:00:00-00:00"]
    + [*_padded("2022-05-05T09:00:00Z"), "0000-01-01T00:00:00Z"]
    + (["2021-02-31T00:00:00Z"] if DATETIMES_CHECKED else []),
    "bool": [True, False, "true", "false", "TRUE", 1, 0, "1", "yes"],
    "source_code": [
        *["WG9", "RES11.6", "wg10", "A" * 16, "A" * 17, "WG 9", "WG-9", "", "WG9\n"],
        *["ＷＧ9", "WG٩", *_padded("WG9"), "WG_9"],
    ],
}
THEME_ITEMS = ["marking", "seizure_disposal", "Marking", "mark ing", "1st", "_x", "é", "", 3, None]
ADDRESSEE_ITEMS = ["all_states", "secretariat", "unodc", "All_states", " conference", 1, None]
ARTICLE_ITEMS = [1, 21, 0, 22, -1, 2.0, 2.5, "3", True, None, 10**400]
LANGUAGE_ITEMS = ["en", "fr", "zh", "sw", "EN", "En", " en", "en ", "eng", "e", "ﬀ", "ẽn", 1, None]


def _numbers(column: Column) -> list[Any]:
    low = int(column.minimum) if column.minimum is not None else -5
    high = int(column.maximum) if column.maximum is not None else 5
    edges: list[Any] = [low - 1, low, high, high + 1, 10**400, -(10**400), 2**63, 2**31]
    return [*edges, 2**31 - 1, 1.0, 2.0, 2.5, 0.5, -0.0, 1e300, 1e-300, "1", "0.5", True]


def _lists(column: Column) -> list[Any]:
    catalogue_lists = {
        "theme_list": THEME_ITEMS,
        "enum_list": ADDRESSEE_ITEMS,
        "int_list": ARTICLE_ITEMS,
    }
    if column.kind in catalogue_lists:
        items = catalogue_lists[column.kind]
        odd: list[Any] = ["a;b", "", 3, {}, [[]], [], [items[0], items[0]], items[:2]]
        return odd + [[item] for item in items] + [[items[0], item] for item in items]
    items = LANGUAGE_ITEMS if column.kind == "codes" else CODE_EDGES["iso3"]
    odd: list[Any] = ["en;fr" if column.kind == "codes" else "GMB;LTU", "", 3, {}, [[]]]
    odd += [["FRA", "FRA"], ["UGA", "PER"], ["en", "en"], [], ["en", "fr"]]
    return odd + [[item] for item in items] + [["FRA", item] for item in items]


def edge_list(column: Column) -> list[Any]:
    """Values near the edges of what *column* takes (null among them)."""
    kind = column.kind
    if kind == "text":
        return _texts(column)
    if kind in ("int", "number"):
        return [*_numbers(column), None]
    if kind in ("codes", "iso3_list", "theme_list", "enum_list", "int_list"):
        return [*_lists(column), None]
    if kind == "enum":
        edges = [*column.values, "", " ", None, 1, "none ", "Party", "party\n"]
        return edges + [v.upper() for v in column.values] + [f" {v}" for v in column.values]
    return CODE_EDGES[kind] + NOT_A_STRING


def edge_values(column: Column) -> st.SearchStrategy[Any]:
    """Values near the edges of what *column* takes, and any values of its type."""
    listed = st.sampled_from(edge_list(column))
    if column.kind == "text":
        return st.one_of(listed, st.text(max_size=12))
    if column.kind in ("int", "number"):
        floats = st.floats(allow_nan=False, allow_infinity=False)
        return st.one_of(listed, st.integers(), floats)
    return listed


GOOD: dict[str, st.SearchStrategy[Any]] = {
    "iso3": st.sampled_from(["FRA", "KEN", "EUU", "CHN"]),
    "code": st.sampled_from(["WG8-R12", "RES11.6-P3", "CS-DP1", "BG2014-P85"]),
    "date": st.dates().map(lambda day: day.isoformat()),
    "datetime": st.datetimes(timezones=st.just(UTC)).map(lambda moment: moment.isoformat()),
    "bool": st.booleans(),
    "codes": st.lists(st.sampled_from(["en", "fr", "zh", "sw"]), max_size=3),
    "iso3_list": st.lists(st.sampled_from(["UGA", "PER", "FRA"]), max_size=3, unique=True),
    "source_code": st.sampled_from(["WG8", "WG9", "RES11.6", "BG2014", "CS", "WG10"]),
    "theme_list": st.lists(st.sampled_from(["marking", "ammunition", "gender"]), unique=True),
    "enum_list": st.lists(st.sampled_from(["all_states", "secretariat"]), unique=True),
    "int_list": st.lists(st.integers(1, 21), max_size=3, unique=True),
    "email": st.sampled_from(["a@b.org", "first.last@example.invalid", " x@y.z "]),
    "phone": st.sampled_from(["+41 22 917 12 34", "020 7946 0958", "(0)123/45-6.7"]),
}
WORDS = st.text(st.characters(categories=["L", "N", "P"]), min_size=1, max_size=20)


def good_values(column: Column) -> st.SearchStrategy[Any]:
    """Values *column* takes (a few of them may not be, as a text of spaces)."""
    kind = column.kind
    if kind == "text":
        return GOOD[column.rule] if column.rule else WORDS
    if kind == "int":
        return st.integers(int(column.minimum or 0), int(column.maximum or 9))
    if kind == "number":
        return st.floats(column.minimum or 0, column.maximum or 9)
    if kind == "enum":
        return st.sampled_from(column.values)
    return GOOD[kind]


def _good(column: Column) -> st.SearchStrategy[Any]:
    good = good_values(column)
    return st.one_of(good, st.none()) if column.can_be_empty else good


@st.composite
def rows(draw: Any, table: Table) -> dict[str, Any]:
    """A row of *table*: a good one, with none, one or two values near the edges (or a
    required column left out, or a column the table does not have)."""
    row: dict[str, Any] = {}
    for column in table.columns:
        if column.kind != "key" and (column.required or draw(st.booleans())):
            row[column.name] = draw(_good(column))
    if table is TABLES["deletions"]:
        row.update(draw(deletions()))
    edges = draw(st.sampled_from([0, 1, 1, 1, 2]))
    for column in draw(st.lists(st.sampled_from(table.columns), max_size=edges)):
        row[column.name] = draw(edge_values(column) if column.kind != "key" else keys())
    if draw(st.integers(0, 19)) == 0:
        row.pop(draw(st.sampled_from(table.columns)).name, None)
    if draw(st.integers(0, 19)) == 0:
        row["colour"] = "blue"
    return row


def keys() -> st.SearchStrategy[Any]:
    return st.sampled_from(["iso3=FRA", None, [], {}, {"iso3": "FRA", "colour": 1}])


@st.composite
def deletions(draw: Any) -> dict[str, Any]:
    """A deletion: its table, and a key that is good but for a value near its edges, a
    key column left out or one too many."""
    table = draw(st.sampled_from(DATA_TABLES))
    key = {name: draw(good_values(table.by_name[name])) for name in table.key}
    change = draw(st.sampled_from(["none", "none", "edge", "edge", "out", "more"]))
    name = draw(st.sampled_from(table.key))
    if change == "edge":
        key[name] = draw(edge_values(table.by_name[name]))
    elif change == "out":
        del key[name]
    elif change == "more":
        key["colour"] = "blue"
    return {"table": table.name, "key": key}


@st.composite
def headers(draw: Any) -> dict[str, Any]:
    header = dict(HEADER_VALUES)
    for column in HEADER:
        if draw(st.integers(0, 2)) == 0:
            if column.name in header and draw(st.booleans()):
                del header[column.name]
            else:
                header[column.name] = draw(edge_values(column))
    if draw(st.integers(0, 9)) == 0:
        header["$schema"] = draw(st.sampled_from(["urn:fwgdesk:update:v1", 1, None]))
    return header


# -- the properties -------------------------------------------------------------------------


@pytest.mark.parametrize("table", list(TABLES.values()), ids=list(TABLES))
def test_the_reader_and_the_schema_agree_on_every_row(table: Table) -> None:
    @PROPERTIES
    @given(row=rows(table))
    def agree(row: dict[str, Any]) -> None:
        assert_agree({**HEADER_VALUES, table.name: [row]})

    agree()


@PROPERTIES
@given(header=headers(), table=st.sampled_from([None, [], {}, "x", [1], [None]]))
def test_the_reader_and_the_schema_agree_on_the_header(header: dict[str, Any], table: Any) -> None:
    document = dict(header)
    if table is not None:
        document["states"] = table
    assert_agree(document)


GOOD_ROWS: dict[str, dict[str, Any]] = {
    "states": {"iso3": "FRA", "name_en": "France", "regional_group": "WEOG"},
    "focal_points": {"id": "p1", "state": "KEN", "role": "observer", "name": "W. Kamau"},
    "reviews": {"state": "KEN", "group": 1, "cluster": 1, "stage": "summary"},
    "stage_events": {
        "state": "KEN",
        "group": 1,
        "cluster": 1,
        "stage": "summary",
        "on": "2022-01-01",
    },
    "assistance_requests": {"id": "a1", "state": "KEN", "topic": "other"},
    "recommendation_links": {"state": "KEN", "recommendation": "WG8-R1"},
    "sources": {"code": "WG10", "kind": "wg_report", "title_fr": "Rapport"},
    "recommendations": {"code": "WG10-R1", "source": "WG10", "number": "1", "themes": []},
}


def _sweep() -> list[tuple[str, dict[str, Any]]]:
    """Every value near its edges in every column of every table (and of every deletion's
    key, and of the header), in an otherwise good document."""
    documents: list[tuple[str, dict[str, Any]]] = []
    for table in DATA_TABLES:
        good = GOOD_ROWS[table.name]
        for column in table.columns:
            for value in edge_list(column):
                row = {**good, column.name: value}
                documents.append((table.name, {**HEADER_VALUES, table.name: [row]}))
                key = {name: good[name] for name in table.key}
                if column.key:
                    deletion = {"table": table.name, "key": {**key, column.name: value}}
                    documents.append(("deletions", {**HEADER_VALUES, "deletions": [deletion]}))
    for column in HEADER:
        for value in edge_list(column):
            documents.append(("header", {**HEADER_VALUES, column.name: value}))
    return documents


def test_the_reader_and_the_schema_agree_on_every_value_near_its_edges() -> None:
    documents = _sweep()
    assert len(documents) > 1000, "the values near the edges of every column"
    for _table, document in documents:
        assert_agree(document)


# -- the schema itself ----------------------------------------------------------------------


def test_the_schema_states_what_the_app_checks_beyond_it() -> None:
    tables = SCHEMA["properties"]
    assert "Key: ." not in json.dumps(SCHEMA), "a table without a key says none"
    assert "ended_on is not before designated_on" in tables["focal_points"]["description"]
    assert "does not hold the State under review" in tables["reviews"]["description"]
    assert "unpaired surrogate" in SCHEMA["description"], "texts the schema cannot refuse"
    Draft202012Validator.check_schema(SCHEMA)


def test_the_schema_and_the_reader_share_their_white_space() -> None:
    white = re.compile(f"[{patterns.WHITESPACE}]")
    control = re.compile(f"[{patterns.CONTROL}]")
    differ = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if not control.match(chr(code)) and chr(code).isspace() != bool(white.match(chr(code)))
    ]
    assert differ == [], "str.strip() and the schema's white space differ"
    assert re.search(patterns.anchored(patterns.ISO3), "FRA\n") is None, "a final line break"
