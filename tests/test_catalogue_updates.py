"""The catalogue kept current by updates: new sources and items, texts in other languages,
withdrawals, undo, export, and the reader's language first (sheets, search, listing)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from fwgdesk.db.engine import Database
from fwgdesk.domain.enums import UN_LANGUAGES, LinkStatus
from fwgdesk.domain.wording import english
from fwgdesk.exchange.apply import Provenance, Resolution, apply_update
from fwgdesk.exchange.coerce import typed_update
from fwgdesk.exchange.containers import read_update, write_update
from fwgdesk.exchange.export import build_export
from fwgdesk.exchange.model import Update
from fwgdesk.exchange.problems import Problem, UpdateRejectedError
from fwgdesk.exchange.undo import undo_last_import
from fwgdesk.exchange.validate import check_update
from fwgdesk.paths import DataPaths
from fwgdesk.services import catalogue, links
from tests.support.cli import run, where
from tests.test_reports import pdf_text

HEADER = {"format": "fwgdesk-update", "version": 1, "publisher": "UNODC Secretariat"}
NEW_TEXTS = {
    "text_ar": "ينبغي للدول أن تعزّز تبادل المعلومات عن الأسلحة النارية المضبوطة.",
    "text_en": "States should strengthen the exchange of information on seized firearms.",
    "text_es": "Los Estados deberían reforzar el intercambio de información sobre armas.",
    "text_fr": "Les États devraient renforcer l’échange d’informations sur les armes saisies.",
    "text_ru": "Государствам следует укреплять обмен сведениями об изъятом оружии.",
}
NEW_TITLES = {
    "title_en": "Exchange information on seized firearms",
    "title_fr": "Échanger des informations sur les armes saisies",
    "title_ru": "Обмениваться сведениями об изъятом оружии",
}
FRENCH_WG8_R1 = "Les États devraient envisager de ratifier le Protocole relatif aux armes à feu."


def catalogue_document(sequence: int = 1) -> dict[str, Any]:
    return {
        **HEADER,
        "sequence": sequence,
        "sources": [
            {
                "code": "WG10",
                "kind": "wg_report",
                "symbol": "CTOC/COP/WG.6/2023/4",
                "meeting": "10th meeting of the Working Group on Firearms",
                "date": "2023-06-01",
                "title_en": "Report on the meeting of the Working Group on Firearms, 2023",
                "title_fr": "Rapport sur la réunion du Groupe de travail sur les armes à feu, 2023",
            }
        ],
        "recommendations": [
            {
                "code": "WG10-R1",
                "source": "WG10",
                "number": "1",
                "section": "A",
                "section_title_en": "General recommendations",
                **NEW_TITLES,
                **NEW_TEXTS,
                "addressees": ["all_states"],
                "themes": ["seizure_disposal", "international_cooperation"],
                "articles": [12, 13],
            },
            {"code": "WG8-R1", "text_fr": FRENCH_WG8_R1},
        ],
    }


def write_json(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def typed(path: Path) -> Update:
    problems: list[Problem] = []
    update = typed_update(read_update(path), problems)
    assert problems == [], [english(p.as_message()) for p in problems]
    assert update is not None, "the update was not typed"
    return update


def apply(database: Database, update: Update) -> int | None:
    batch, _ = apply_update(database, update, Provenance(update.name), Resolution())
    return batch


def problems_of(database: Database, document: dict[str, Any], tmp_path: Path) -> list[str]:
    update = typed(write_json(tmp_path / "u.json", document))
    with database.session() as session:
        return [english(p.as_message()) for p in check_update(update, session)]


def test_an_update_adds_a_source_an_item_and_a_french_text(
    any_database: Database, tmp_path: Path
) -> None:
    links.link(any_database, "FRA", ["WG8-R1"], on=date(2024, 1, 5))
    links.update_link(any_database, "FRA", "WG8-R1", LinkStatus.IN_PROGRESS, "bill drafted")
    apply(any_database, typed(write_json(tmp_path / "u.json", catalogue_document())))

    item = next(i for i in catalogue.list_items(any_database) if i.code == "WG10-R1")
    assert item.texts["fr"] == NEW_TEXTS["text_fr"], "the French text was not stored"
    assert item.text_languages == ("ar", "en", "es", "fr", "ru"), "the languages differ"
    assert item.themes == ("seizure_disposal", "international_cooperation"), "themes differ"
    assert item.articles == (12, 13), "articles differ"
    title = item.title("ar")
    assert title is not None and title.marked, "a title missing in Arabic was not marked"
    assert title.language == "en", "a missing title did not fall back to the original"
    wg8 = next(i for i in catalogue.list_items(any_database) if i.code == "WG8-R1")
    assert wg8.texts["fr"] == FRENCH_WG8_R1, "the French text of a bundled item is missing"
    assert wg8.texts["zh"], "the Chinese text of a bundled item was lost"
    kept = links.list_links(any_database, "FRA")
    assert [(k.code, k.status, k.note) for k in kept] == [
        ("WG8-R1", "in_progress", "bill drafted")
    ], "a newer catalogue changed a State's link"
    sources = {s.code: s for s in catalogue.list_sources(any_database)}
    assert sources["WG10"].symbol == "CTOC/COP/WG.6/2023/4", "the new source is missing"


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("saisies", "WG10-R1"),
        ("изъятом", "WG10-R1"),
        ("armes à feu", "WG8-R1"),
        ("ОРУЖИИ", "WG10-R1"),
    ],
)
def test_search_finds_words_of_every_language(
    any_database: Database, tmp_path: Path, word: str, code: str
) -> None:
    apply(any_database, typed(write_json(tmp_path / "u.json", catalogue_document())))
    found = [item.code for item in catalogue.search(any_database, word)]
    assert code in found, f"searching {word!r} did not find {code}: {found}"


def test_the_catalogue_as_json_xlsx_and_csv_reads_the_same(
    database: Database, tmp_path: Path
) -> None:
    apply(database, typed(write_json(tmp_path / "u.json", catalogue_document())))
    exported = build_export(database, [], "desk", _now(), catalogue=True)
    read = {}
    for container, name in (("json", "c.json"), ("xlsx", "c.xlsx"), ("csv", "c.zip")):
        write_update(exported, tmp_path / name, container)
        read[container] = _values(typed(tmp_path / name))
    assert read["xlsx"] == read["json"], "the XLSX file reads differently from the JSON one"
    assert read["csv"] == read["json"], "the CSV files read differently from the JSON one"
    new = next(row for row in read["csv"]["recommendations"] if row["code"] == "WG10-R1")
    assert new["text_ru"] == NEW_TEXTS["text_ru"], "the Russian text did not travel"
    assert new["articles"] == [12, 13], "the articles did not travel as integers"


def _values(update: Update) -> dict[str, list[dict[str, Any]]]:
    return {
        table: [{k: v for k, v in row.values.items() if v not in (None, [])} for row in rows]
        for table, rows in update.tables.items()
    }


def test_export_then_import_of_the_catalogue_is_exact(database: Database, tmp_path: Path) -> None:
    apply(database, typed(write_json(tmp_path / "u.json", catalogue_document())))
    exported = build_export(database, [], "desk", _now(), catalogue=True)
    assert set(exported.tables) == {"sources", "recommendations"}, "more than the catalogue"
    assert len(exported.rows("recommendations")) == 133, "the catalogue is not all there"
    write_update(exported, tmp_path / "cat.json", "json")
    again = typed(tmp_path / "cat.json")
    with database.session() as session:
        assert check_update(again, session) == [], "the exported catalogue is refused"
    _, preview = apply_update(database, again, Provenance("cat.json"), Resolution())
    assert not preview.has_changes, "importing the exported catalogue changed something"


def _now() -> datetime:
    return datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def test_undo_takes_the_catalogue_back(database: Database, tmp_path: Path) -> None:
    before = catalogue.list_items(database)
    sources = catalogue.list_sources(database)
    document = catalogue_document()
    document["recommendations"].append({"code": "WG8-R2", "themes": ["marking"], "articles": []})
    apply(database, typed(write_json(tmp_path / "u.json", document)))
    assert catalogue.list_items(database) != before, "the update changed nothing"
    undo_last_import(database)
    assert catalogue.list_items(database) == before, "undo left the catalogue changed"
    assert catalogue.list_sources(database) == sources, "undo left the new source"


def test_a_withdrawn_item_keeps_its_links(database: Database, tmp_path: Path) -> None:
    links.link(database, "KEN", ["WG9-R3"])
    document = {
        **HEADER,
        "sequence": 1,
        "recommendations": [{"code": "WG9-R3", "withdrawn_on": "2025-06-01"}],
    }
    apply(database, typed(write_json(tmp_path / "u.json", document)))
    linked = links.list_links(database, "KEN")
    assert [(k.code, k.withdrawn_on) for k in linked] == [("WG9-R3", date(2025, 6, 1))], (
        "a withdrawn item lost its link or its date"
    )


def test_catalogue_rows_are_checked_against_the_database(
    database: Database, tmp_path: Path
) -> None:
    links.link(database, "KEN", ["WG9-R3"])
    document = {
        **HEADER,
        "sequence": 1,
        "recommendations": [
            {"code": "WG11-R1", "source": "WG11", "number": "1", "themes": ["astrology"]},
            {"code": "WG9-R40", "source": "WG8", "number": "40"},
            {"code": "WG9-R41", "source": "WG9"},
            {"code": "WG9-R1", "source": "WG8"},
        ],
        "deletions": [
            {"table": "recommendations", "key": {"code": "WG9-R3"}},
            {"table": "sources", "key": {"code": "CS"}},
        ],
    }
    found = problems_of(database, document, tmp_path)
    expected = [
        "unknown source document 'WG11'",
        "unknown theme 'astrology'",
        "the code WG9-R40 does not begin with its source's code WG8",
        "a new catalogue item needs its number",
        "the item WG9-R1 belongs to the source WG9: an update cannot move it to WG8",
        "the item WG9-R3 is linked to 1 State: withdraw it",
        "the source CS still has 28 catalogue items",
    ]
    for needle in expected:
        assert any(needle in line for line in found), f"no problem saying {needle!r}: {found}"


def test_values_of_the_catalogue_tables_are_typed(tmp_path: Path) -> None:
    document = {
        **HEADER,
        "sequence": 1,
        "sources": [{"code": "WG 10", "kind": "minutes"}],
        "recommendations": [{"code": "WG10-X1", "articles": [22, "3"], "addressees": ["unodc"]}],
    }
    problems: list[Problem] = []
    typed_update(read_update(write_json(tmp_path / "u.json", document)), problems)
    found = [english(p.as_message()) for p in problems]
    for needle in (
        "'WG 10' is not a source code",
        "'minutes' is not one of",
        "WG10-X1",
        "22 is above 21",
        "'unodc' is not one of",
    ):
        assert any(needle in line for line in found), f"no problem naming {needle!r}: {found}"


def test_the_french_sheet_prints_the_french_text(
    capsys: pytest.CaptureFixture[str], data_paths: DataPaths, database: Database, tmp_path: Path
) -> None:
    links.link(database, "FRA", ["WG8-R1"])
    apply(database, typed(write_json(tmp_path / "u.json", catalogue_document())))
    links.link(database, "FRA", ["WG10-R1"])
    database.dispose()
    out = tmp_path / "fra.pdf"
    common = (*where(database, data_paths), "--created", "2024-05-01T12:00:00Z")
    code, _, err = run(
        capsys,
        "report",
        "state",
        "FRA",
        "--lang",
        "fr",
        "--full-text",
        "--out",
        str(out),
        *common,
    )
    assert code == 0, err
    text = " ".join(pdf_text(out).split())
    assert "renforcer l’échange d’informations" in text, "the French text is not printed"
    assert "envisager de ratifier" in text, "the French text of a bundled item is not printed"


def test_catalogue_list_json_has_six_titles(
    capsys: pytest.CaptureFixture[str], data_paths: DataPaths, database: Database
) -> None:
    database.dispose()
    code, out, err = run(capsys, "catalogue", "list", "--json", "--data-dir", str(data_paths.root))
    assert code == 0, err
    items = json.loads(out)
    assert len(items) == 132, "not every bundled item is listed"
    missing = [
        (item["code"], lang) for item in items for lang in UN_LANGUAGES if not item["titles"][lang]
    ]
    assert missing == [], f"titles missing: {missing[:10]}"


def test_a_rejected_catalogue_changes_nothing(database: Database, tmp_path: Path) -> None:
    before = catalogue.list_items(database)
    document = catalogue_document()
    document["recommendations"][0]["themes"] = ["astrology"]
    with pytest.raises(UpdateRejectedError):
        apply(database, typed(write_json(tmp_path / "u.json", document)))
    assert catalogue.list_items(database) == before, "a refused update changed the catalogue"
