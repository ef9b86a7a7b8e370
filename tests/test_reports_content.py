"""What a focal point acts on, in the six languages: totals by status, each item's source
and addressee, a legend, the State's six names, and a missing focal point said plainly."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from fwgdesk.db.engine import Database
from fwgdesk.domain.enums import UN_LANGUAGES, LinkStatus
from fwgdesk.reports import SheetOptions, render_state_sheet
from fwgdesk.reports.data import ThemeLinks
from fwgdesk.reports.labels import Labels
from fwgdesk.reports.sheet_links import for_information, source_reference, status_totals
from fwgdesk.services import catalogue, links, reviews, states
from tests.support.pdf_text import pdf_text

CREATED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def squeeze(text: str) -> str:
    """Without whitespace: cells wrap anywhere."""
    return "".join(text.split())


def sheet_text(database: Database, iso3: str, language: str, folder: Path) -> str:
    target = folder / f"{iso3}-{language}.pdf"
    render_state_sheet(database, iso3, target, SheetOptions(language), created=CREATED)
    return squeeze(pdf_text(target))


@pytest.fixture
def linked(database: Database) -> Database:
    """France, under review without any focal point, linked to an item for the States
    (WG9-R4, in progress) and to one for the Secretariat only (WG8-R1)."""
    reviews.create_review(database, "FRA", 1, 1)
    links.link(database, "FRA", ["WG9-R4", "WG8-R1"])
    links.update_link(database, "FRA", "WG9-R4", LinkStatus.IN_PROGRESS, None)
    return database


def test_totals_count_every_status_and_nothing_twice(linked: Database) -> None:
    records = links.list_links(linked, "FRA")
    totals = dict(status_totals((ThemeLinks(None, tuple(records)),)))
    assert list(totals) == [status.value for status in LinkStatus], "every status, in order"
    assert totals["in_progress"] == 1, "WG9-R4 is in progress"
    assert totals["not_assessed"] == 1, "WG8-R1 is not assessed"
    assert sum(totals.values()) == len(records), "each link counted once"


def test_an_item_for_the_secretariat_is_for_information_only(database: Database) -> None:
    items = {item.code: item for item in catalogue.list_items(database)}
    assert items["WG8-R1"].addressees == ("secretariat",), "the catalogue's addressee"
    assert for_information(items["WG8-R1"]), "addressed to the Secretariat: not the State's"
    assert for_information(items["WG9-R1"]), "addressed to the Working Group: not the State's"
    assert not for_information(items["WG9-R4"]), "addressed to all States: the State's task"
    mixed = [i for i in items.values() if {"secretariat", "all_states"} <= set(i.addressees)]
    assert mixed, "the catalogue has items for the Secretariat and the States"
    assert not for_information(mixed[0]), "an item for the States too is the State's task"


def test_the_source_reference_names_the_symbol_or_the_code(database: Database) -> None:
    items = {item.code: item for item in catalogue.list_items(database)}
    sources = {source.code: source for source in catalogue.list_sources(database)}
    english, french = Labels("en"), Labels("fr")
    assert source_reference(english, items["WG9-R4"], sources) == (
        "Source: CTOC/COP/WG.6/2022/4, recommendation 4"
    ), "a report's symbol and the recommendation's number"
    assert source_reference(french, items["RES11.6-P1"], sources) == "Source : RES11.6, par. 1", (
        "a resolution's paragraph, under its code when its symbol is not recorded"
    )


@pytest.mark.parametrize("language", UN_LANGUAGES)
def test_the_sheet_says_what_to_act_on_in_each_language(
    linked: Database, tmp_path: Path, language: str
) -> None:
    text = sheet_text(linked, "FRA", language, tmp_path)
    labels = Labels(language)
    wanted = {
        "totals": labels("status_totals"),
        "in progress": labels.term("link", "in_progress"),
        "addressee column": labels("addressed_to"),
        "the Secretariat": labels.term("addressee", "secretariat"),
        "all States": labels.term("addressee", "all_states"),
        "not the State's task": labels("for_information"),
        "the legend": labels("legend"),
        "a status explained": labels("status_note.not_assessed"),
        "a ladder mark explained": labels("legend.to_come"),
        "the addressees explained": labels("legend_addressees"),
        "the symbol": "CTOC/COP/WG.6/2022/4",
        "no focal point": labels("no_focal_point"),
    }
    for what, expected in wanted.items():
        assert squeeze(expected) in text, f"{language}: {what} ({expected!r}) is missing"


@pytest.mark.parametrize("language", UN_LANGUAGES)
def test_the_header_names_the_state_in_the_six_languages(
    database: Database, tmp_path: Path, language: str
) -> None:
    text = sheet_text(database, "RUS", language, tmp_path)
    names = next(record for record in states.list_states(database) if record.iso3 == "RUS")
    for name_language in UN_LANGUAGES:
        name = names.name(name_language)
        assert squeeze(name) in text, f"{language} sheet: the {name_language} name {name!r}"


def test_only_the_items_for_others_carry_the_remark(linked: Database, tmp_path: Path) -> None:
    text = sheet_text(linked, "FRA", "en", tmp_path)
    remark = squeeze(Labels("en")("for_information"))
    assert text.count(remark) == 1, "one item of two is addressed to the Secretariat only"
