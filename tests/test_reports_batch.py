"""A batch of sheets as a reader finds it: States in the alphabetical order of their names
in the sheet's language, grouped, a contents page that gives each sheet's page, nested
bookmarks and a title in the language."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from fwgdesk.db.engine import Database
from fwgdesk.domain.enums import UN_LANGUAGES
from fwgdesk.paths import resources_dir
from fwgdesk.reports import SheetOptions, render_batch
from fwgdesk.reports.batch_plan import BY_REVIEW_GROUP, REGION_ORDER, Selection, plan_batch
from fwgdesk.reports.collation import collation_key
from fwgdesk.reports.data import directory
from fwgdesk.reports.labels import Labels
from fwgdesk.services import reviews
from tests.support.pdf_text import pdf_text

CREATED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def bundled_names(language: str) -> list[str]:
    states = json.loads((resources_dir() / "states" / "states.json").read_text("utf-8"))
    return [state[f"name_{language}"] for state in states["states"]]


def icu_order(names: list[str], language: str) -> list[str]:
    """The names in ICU's order for *language* (Qt embeds ICU)."""
    qt = pytest.importorskip("PySide6.QtCore")
    collator = qt.QCollator(qt.QLocale(language))
    return sorted(names, key=collator.sortKey)


def icu_pinyin_order() -> str:
    """The Chinese names' characters in ICU's pinyin order: the source of
    :mod:`fwgdesk.reports.pinyin_order`."""
    characters = {c for name in bundled_names("zh") for c in name if "\u3400" <= c <= "\u9fff"}
    return "".join(icu_order(sorted(characters), "zh"))


@pytest.mark.parametrize("language", UN_LANGUAGES)
def test_the_names_sort_as_icu_sorts_them(language: str) -> None:
    names = bundled_names(language)
    ours = sorted(names, key=lambda name: collation_key(name, language))
    expected = icu_order(names, language)
    wrong = [(mine, theirs) for mine, theirs in zip(ours, expected, strict=True) if mine != theirs]
    assert not wrong, f"{language}: first differences {wrong[:3]}"


def test_the_pinyin_table_is_icus() -> None:
    from fwgdesk.reports.pinyin_order import CHARACTERS

    assert "".join(CHARACTERS) == icu_pinyin_order(), "regenerate pinyin_order.py"


def test_language_rules_that_differ_from_code_point_order() -> None:
    def first(language: str, *names: str) -> str:
        return min(names, key=lambda name: collation_key(name, language))

    assert first("en", "Albania", "Angola") == "Albania", "Albania before Angola"
    assert first("es", "Ñu", "Nz") == "Nz", "Spanish ñ after n"
    assert first("fr", "Érythrée", "Estonie") == "Érythrée", "accents at the second level"
    assert first("ru", "Йемен", "Италия") == "Италия", "Russian й after и"
    assert first("ar", "الأردن", "إثيوبيا") == "إثيوبيا", "hamza forms sort as alef"


def test_all_states_are_grouped_by_region_and_ordered_by_name(database: Database) -> None:
    shared = directory(database, "fr", CREATED)
    plan = plan_batch(database, shared, Labels("fr"), Selection())
    keys = [group.key for group in plan.groups]
    assert keys == [f"group-{code}" for code in REGION_ORDER], "the UN's order of regions"
    assert len(plan.states) == len(shared.states), "every State, once"
    for group in plan.groups:
        names = [shared.state_name(code) for code in group.states]
        expected = sorted(names, key=lambda name: collation_key(name, "fr"))
        assert names == expected, f"{group.title}: in the French names' order"
    assert plan.title == "Fiches de situation : tous les États", "the title in French"


def test_all_states_by_review_group(database: Database) -> None:
    reviews.create_review(database, "FRA", 2, 1)
    reviews.create_review(database, "EGY", 1, 1)
    reviews.create_review(database, "EGY", 2, 3)
    shared = directory(database, "en", CREATED)
    plan = plan_batch(database, shared, Labels("en"), Selection(by=BY_REVIEW_GROUP))
    groups = {group.title: group.states for group in plan.groups}
    assert groups["Review group 1"] == ("EGY",), "a State under its first review group"
    assert groups["Review group 2"] == ("FRA",), "and only there"
    assert len(groups["Not under review"]) == len(shared.states) - 2, "the others at the end"


def test_the_contents_give_each_sheets_page_and_the_bookmarks_nest(
    database: Database, tmp_path: Path
) -> None:
    target = tmp_path / "ru.pdf"
    render_batch(database, target, SheetOptions("ru"), region="EEG", created=CREATED)
    reader = PdfReader(target)
    labels = Labels("ru")
    region = labels.term("region", "EEG")
    assert reader.metadata is not None, "the document has its information"
    assert reader.metadata.title == labels("batch_title", selection=region), "title in Russian"
    contents, group, sheets = reader.outline
    assert contents.title == labels("contents"), "the contents are bookmarked first"
    assert group.title == region, "the group's bookmark"
    titles = [item.title for item in sheets]
    names = [title.rsplit(" (", 1)[0] for title in titles]
    assert names == sorted(names, key=lambda name: collation_key(name, "ru")), "Russian order"
    assert names[:2] == ["Азербайджан", "Албания"], "Azerbaijan, then Albania, in Russian"
    first_page = pdf_text_of_page(target, 0)
    for item in sheets:
        page = reader.get_destination_page_number(item) + 1
        name, iso3 = item.title.rsplit(" (", 1)
        assert f"{name} {iso3[:3]} {page}" in first_page, f"{name}: page {page} in the contents"


def pdf_text_of_page(path: Path, index: int) -> str:
    """One page's text, each line's words single-spaced."""
    pages = pdf_text(path).split("\f")
    return "\n".join(" ".join(line.split()) for line in pages[index].splitlines())
