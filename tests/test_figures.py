"""The Secretariat's 2022 figures, reproduced from data by the service and the CLI."""

from __future__ import annotations

import json

import pytest

from fwgdesk.cli.main import main
from fwgdesk.db.engine import Database
from fwgdesk.paths import DataPaths
from fwgdesk.services.stats import mechanism_figures
from tests.support.cli import where
from tests.support.synthetic import secretariat_2022

EXPECTED_GROUPS = {
    "1": {
        "participating_states": 130,
        "states_with_focal_point": 104,
        "reviews": 62,
        "in_progress": 31,
        "stages": {
            "not_started": 26,
            "preliminary_consultation": 6,
            "self_assessment": 8,
            "written_feedback": 16,
            "list_of_observations": 1,
            "summary": 0,
            "completed": 0,
            "suspended": 5,
        },
    },
    "2": {
        "participating_states": 131,
        "states_with_focal_point": 94,
        "reviews": 63,
        "in_progress": 14,
        "stages": {
            "not_started": 39,
            "preliminary_consultation": 6,
            "self_assessment": 8,
            "written_feedback": 0,
            "list_of_observations": 0,
            "summary": 0,
            "completed": 0,
            "suspended": 10,
        },
    },
}


def check(groups: dict) -> None:
    for number, expected in EXPECTED_GROUPS.items():
        got = groups[number]
        assert {key: got[key] for key in expected} == expected, number


def test_the_service_reproduces_the_2022_figures(database: Database) -> None:
    secretariat_2022(database)
    figures = mechanism_figures(database)
    check(figures.as_dict()["groups"])
    one, two = figures.groups[1], figures.groups[2]
    assert round(one.focal_point_share * 100) == 80 and round(two.focal_point_share * 100) == 72
    assert [round(one.share(n) * 100) for n in (31, 26, 5)] == [50, 42, 8]
    assert [round(two.share(n) * 100) for n in (14, 39, 10)] == [22, 62, 16]
    assert sum(figures.focal_points_by_gender.values()) == 131
    assert figures.working_languages["one"] + figures.working_languages["two"] == 125


def test_stats_json_gives_the_same_figures(
    database: Database, data_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    secretariat_2022(database)
    database.dispose()
    assert main(["stats", "--json", *where(database, data_paths)]) == 0
    printed = json.loads(capsys.readouterr().out)
    check(printed["groups"])
    assert set(printed["focal_points_by_gender"]) == {"female", "male", "other", "undisclosed"}
    assert set(printed["working_languages"]) == {"one", "two", "none"}
    assert main(["stats", *where(database, data_paths)]) == 0
    assert "(80%)" in capsys.readouterr().out
