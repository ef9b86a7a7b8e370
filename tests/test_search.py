"""Full-text search over the catalogue, Chinese substrings of any length included."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from fwgdesk.db.engine import Database
from fwgdesk.db.models import Recommendation
from fwgdesk.domain.errors import UsageError
from fwgdesk.services.catalogue import list_items, search


def codes(database: Database, query: str) -> set[str]:
    return {item.code for item in search(database, query)}


def test_two_character_chinese_finds_the_ammunition_recommendations(database: Database) -> None:
    found = codes(database, "弹药")
    assert {f"WG9-R{n}" for n in range(4, 18)} <= found
    for item in search(database, "弹药"):
        held = [item.texts["zh"], item.titles["zh"], item.section_titles["zh"]]
        assert any("弹药" in (text or "") for text in held), f"{item.code} holds no 弹药"


def test_longer_chinese_substrings_use_the_index(database: Database) -> None:
    found = codes(database, "3D 打印")  # two terms, both must match
    assert found and all(code for code in found)
    assert "CS-DP6" in codes(database, "模块化武器")
    assert codes(database, "模块化武器") <= codes(database, "武器")


def test_english_titles_and_codes_are_searched(database: Database) -> None:
    assert "WG8-R47" in codes(database, "WG8-R47")
    assert codes(database, "ammunition")


def test_terms_are_combined_and_quotes_are_harmless(database: Database) -> None:
    both = codes(database, "弹药 标识")
    assert both and both <= codes(database, "弹药") and both <= codes(database, "标识")
    assert codes(database, '"弹药" OR *') == set()


def test_the_index_follows_edits(database: Database) -> None:
    with database.session() as session:
        rec = session.scalars(select(Recommendation).where(Recommendation.code == "CS-DP7")).one()
        rec.text_zh = "一段全新的测试文字内容"
    assert codes(database, "全新的测试") == {"CS-DP7"}, "the new text is not found"
    assert "CS-DP7" not in codes(database, "相当于销毁"), "the old text is still found"


def test_filters_by_source_and_theme(database: Database) -> None:
    wg9_ammunition = list_items(database, source="WG9", theme="ammunition")
    assert wg9_ammunition and {i.source for i in wg9_ammunition} == {"WG9"}
    assert all("ammunition" in i.themes for i in wg9_ammunition)


def test_unknown_filters_and_empty_searches_are_refused(database: Database) -> None:
    with pytest.raises(UsageError, match="unknown theme 'guns'"):
        list_items(database, theme="guns")
    with pytest.raises(UsageError, match="empty"):
        search(database, "   ")
