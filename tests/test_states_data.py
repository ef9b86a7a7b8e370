"""The bundled States: 193 Member States and the EU, with sourced Protocol status."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest

from fwgdesk.domain.enums import ProtocolStatus, RegionalGroup
from fwgdesk.paths import resources_dir
from tests.support.paths import require_seeds
from tests.support.seed_text import SEEDS_DIR


@pytest.fixture(scope="module")
def bundle() -> dict[str, Any]:
    path = resources_dir() / "states" / "states.json"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def by_iso3(bundle: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {state["iso3"]: state for state in bundle["states"]}


def test_193_member_states_and_the_eu(bundle: dict[str, Any]) -> None:
    codes = [state["iso3"] for state in bundle["states"]]
    assert len(codes) == 194 == len(set(codes))
    assert "EUU" in codes


def test_regional_groups(bundle: dict[str, Any], by_iso3: dict[str, dict[str, Any]]) -> None:
    groups = Counter(state["regional_group"] for state in bundle["states"])
    assert set(groups) <= {g.value for g in RegionalGroup}
    assert groups["AFR"] == 54 and groups["EEG"] == 23 and groups["GRULAC"] == 33
    assert groups["none"] == 1 and by_iso3["EUU"]["regional_group"] == "none"
    assert sum(groups.values()) == 194


def test_names_in_the_six_languages(bundle: dict[str, Any]) -> None:
    for state in bundle["states"]:
        for lang in ("ar", "en", "es", "fr", "ru", "zh"):
            assert state[f"name_{lang}"].strip(), (state["iso3"], lang)


def test_protocol_status_comes_only_from_the_attendance_lists(bundle: dict[str, Any]) -> None:
    sources = bundle["sources"]
    for state in bundle["states"]:
        status = ProtocolStatus(state["protocol_status"])
        if status is ProtocolStatus.UNKNOWN:
            assert state["protocol_status_source"] is None, state["iso3"]
            assert state["protocol_status_date"] is None, state["iso3"]
        else:
            source = sources[state["protocol_status_source"]]
            assert state["protocol_status_date"] == source["date"], state["iso3"]


def test_known_statuses(by_iso3: dict[str, dict[str, Any]]) -> None:
    assert by_iso3["DEU"]["protocol_status"] == "party"  # signatory in 2021, party in 2022
    assert by_iso3["DEU"]["protocol_status_source"] == "WG9-2022"
    assert by_iso3["CHN"]["protocol_status"] == "signatory"
    assert by_iso3["USA"]["protocol_status"] == "non_signatory"
    assert by_iso3["EUU"]["protocol_status"] == "party"


def test_chinese_names_follow_the_source_documents(by_iso3: dict[str, dict[str, Any]]) -> None:
    require_seeds()
    attendance = (SEEDS_DIR / "000_ac710928544f1ffd.txt").read_text(encoding="utf-8")
    for iso3 in ("BOL", "VEN", "TZA", "LAO", "IRN", "CZE", "MKD"):
        assert by_iso3[iso3]["name_zh"] in attendance, iso3
    assert by_iso3["BOL"]["name_zh"] == "多民族玻利维亚国"
