"""The bundled catalogue matches its five source documents, item for item."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from fwgdesk.domain.enums import Addressee
from fwgdesk.paths import resources_dir
from fwgdesk.services.bundled import CATALOGUE_SOURCES
from tests.support.paths import require_seeds
from tests.support.seed_text import missing_items, normalise, source_text

EXPECTED = {
    "WG8": ("WG8-R", range(1, 48)),
    "WG9": ("WG9-R", range(1, 19)),
    "RES11.6": ("RES11.6-P", range(1, 30)),
    "BG2014": ("BG2014-P", range(85, 95)),
    "CS": ("CS-DP", range(1, 29)),
}
SEED_FILES = {
    "WG8": "000_ac710928544f1ffd.txt",
    "RES11.6": "001_a796aea0b6b44748.txt",
    "WG9": "002_56d234a98b8fc415.txt",
    "BG2014": "003_aa135af692d3ff3d.txt",
    "CS": "004_64cfc9c66b8d9085.txt",
}


def catalogue_file(code: str) -> Path:
    return resources_dir() / "catalogue" / f"{code}.json"


def load(code: str) -> dict:
    return json.loads(catalogue_file(code).read_text(encoding="utf-8"))


def theme_codes() -> set[str]:
    themes = json.loads((resources_dir() / "catalogue" / "themes.json").read_text("utf-8"))
    return {theme["code"] for theme in themes["themes"]}


def test_the_catalogue_holds_132_items_in_the_five_documents() -> None:
    assert tuple(EXPECTED) == CATALOGUE_SOURCES
    counts = {code: len(load(code)["items"]) for code in CATALOGUE_SOURCES}
    assert counts == {"WG8": 47, "WG9": 18, "RES11.6": 29, "BG2014": 10, "CS": 28}
    assert sum(counts.values()) == 132


@pytest.mark.parametrize("source", CATALOGUE_SOURCES)
def test_codes_are_complete_and_in_order(source: str) -> None:
    prefix, numbers = EXPECTED[source]
    data = load(source)
    assert data["source"]["code"] == source
    assert data["source"]["file"] == SEED_FILES[source]
    assert [item["code"] for item in data["items"]] == [f"{prefix}{n}" for n in numbers]
    assert [item["number"] for item in data["items"]] == [str(n) for n in numbers]


@pytest.mark.parametrize("source", CATALOGUE_SOURCES)
def test_every_item_is_described(source: str) -> None:
    known_themes = theme_codes()
    addressees = {a.value for a in Addressee}
    for item in load(source)["items"]:
        where = item["code"]
        assert item["text_zh"].strip(), where
        assert 0 < len(item["title_en"]) <= 120, where
        assert item["themes"] and set(item["themes"]) <= known_themes, where
        assert item["addressees"] and set(item["addressees"]) <= addressees, where
        assert all(1 <= article <= 21 for article in item["articles"]), where


@pytest.mark.parametrize("source", CATALOGUE_SOURCES)
def test_every_text_is_verbatim_in_its_source(source: str) -> None:
    require_seeds()
    assert missing_items(catalogue_file(source)) == []


def test_sub_items_are_kept_in_the_text() -> None:
    items = {item["code"]: item["text_zh"] for item in load("WG8")["items"]}
    assert all(f"({letter})" in items["WG8-R47"] for letter in "abcdefghijk")
    assert "(a)" in items["WG8-R46"] and "(b)" in items["WG8-R46"]


def test_an_item_does_not_run_into_the_next_heading() -> None:
    require_seeds()
    for source in CATALOGUE_SOURCES:
        for item in load(source)["items"]:
            assert not re.search(r"建议\s*\d+\s*$|讨论要点\s*\d+\s*$", item["text_zh"]), item[
                "code"
            ]


def test_the_check_would_notice_a_changed_character() -> None:
    require_seeds()
    data = load("WG9")
    haystack = source_text(data["source"]["file"], data["source"]["noise_line_patterns"])
    text = normalise(data["items"][0]["text_zh"])
    assert text in haystack
    altered = text.replace("工作组", "工作队", 1)
    assert altered != text
    assert altered not in haystack
