"""The data that ships with fwgdesk: States, themes, source documents and the catalogue.

Loaded into a new database on first start, and synchronised when a newer bundle ships
(a fingerprint of the files is kept in ``app_meta``). Synchronising updates the
catalogue's own fields and the States' names and groups; it never touches links, notes,
reviews or people, and leaves a Protocol status alone once a user or an import set it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from fwgdesk.db.engine import Database
from fwgdesk.db.models import (
    AppMeta,
    ImportBatch,
    Recommendation,
    RecommendationAddressee,
    RecommendationArticle,
    RecommendationTheme,
    SourceDocument,
    State,
    Theme,
)
from fwgdesk.domain.enums import Addressee, Origin, ProtocolStatus, RegionalGroup
from fwgdesk.paths import resources_dir

CATALOGUE_SOURCES = ("WG8", "WG9", "RES11.6", "BG2014", "CS")
FINGERPRINT_KEY = "bundled_fingerprint"
BUNDLE_LOCK = 7_310_442_002  # PostgreSQL advisory lock: one client loads the bundle
LANGS = ("ar", "en", "es", "fr", "ru", "zh")


@dataclass(frozen=True)
class Bundle:
    themes: list[dict[str, Any]]
    catalogues: list[dict[str, Any]]
    states: dict[str, Any]
    fingerprint: str


def _files(root: Path) -> list[Path]:
    catalogue = root / "catalogue"
    return [
        catalogue / "themes.json",
        *(catalogue / f"{code}.json" for code in CATALOGUE_SOURCES),
        root / "states" / "states.json",
    ]


def bundle_fingerprint(root: Path | None = None) -> str:
    digest = hashlib.sha256()
    for path in _files(root or resources_dir()):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def read_bundle(root: Path | None = None) -> Bundle:
    root = root or resources_dir()
    files = _files(root)
    loaded = [json.loads(path.read_text(encoding="utf-8")) for path in files]
    return Bundle(
        themes=loaded[0]["themes"],
        catalogues=loaded[1:-1],
        states=loaded[-1],
        fingerprint=bundle_fingerprint(root),
    )


def _upsert_themes(session: Session, themes: list[dict[str, Any]]) -> None:
    existing = {theme.code: theme for theme in session.scalars(select(Theme))}
    for order, entry in enumerate(themes):
        theme = existing.get(entry["code"]) or Theme(code=entry["code"])
        for lang in LANGS:
            setattr(theme, f"name_{lang}", entry[lang])
        theme.sort_order = order
        session.add(theme)


def _upsert_source(session: Session, source: dict[str, Any], order: int) -> None:
    document = session.get(SourceDocument, source["code"]) or SourceDocument(code=source["code"])
    document.file_name = source.get("file")
    document.title_zh = source["title_zh"]
    document.title_en = source["title_en"]
    document.meeting = source.get("meeting")
    document.issued_on = date.fromisoformat(source["date"]) if source.get("date") else None
    document.symbol = source.get("symbol")
    document.sort_order = order
    session.add(document)


ITEM_FIELDS = (
    "number",
    "section",
    "section_title_zh",
    "section_title_en",
    "subsection_title_zh",
    "subsection_title_en",
    "title_en",
    "text_zh",
)


def _sync_item(recommendation: Recommendation, item: dict[str, Any]) -> None:
    for name in ITEM_FIELDS:
        setattr(recommendation, name, item.get(name))
    if recommendation.theme_codes != item["themes"]:
        recommendation.themes = [
            RecommendationTheme(theme_code=code, position=position)
            for position, code in enumerate(item["themes"])
        ]
    if recommendation.article_numbers != sorted(item["articles"]):
        recommendation.articles = [
            RecommendationArticle(article=number) for number in sorted(item["articles"])
        ]
    wanted = [Addressee(value) for value in item["addressees"]]
    if sorted(recommendation.addressee_values) != sorted(wanted):
        recommendation.addressees = [RecommendationAddressee(addressee=a) for a in wanted]


def _upsert_catalogue(session: Session, catalogues: list[dict[str, Any]]) -> None:
    existing = {rec.code: rec for rec in session.scalars(select(Recommendation))}
    order = 0
    for source_order, catalogue in enumerate(catalogues):
        _upsert_source(session, catalogue["source"], source_order)
        session.flush()
        for item in catalogue["items"]:
            order += 1
            recommendation = existing.get(item["code"])
            if recommendation is None:
                recommendation = Recommendation(code=item["code"], themes=[], articles=[])
                recommendation.addressees = []
                session.add(recommendation)
            recommendation.source_code = catalogue["source"]["code"]
            recommendation.sort_order = order
            _sync_item(recommendation, item)


def _status_source(sources: dict[str, Any], key: str | None) -> str | None:
    if not key:
        return None
    source = sources[key]
    return f"{source['document']}, paras {source['paragraphs']}"


def _upsert_states(session: Session, data: dict[str, Any]) -> None:
    existing = {state.iso3: state for state in session.scalars(select(State))}
    bundled_sources = {_status_source(data["sources"], key) for key in data["sources"]}
    for entry in data["states"]:
        state = existing.get(entry["iso3"])
        if state is None:
            state = State(iso3=entry["iso3"])
            session.add(state)
        state.iso2 = entry.get("iso2")
        for lang in LANGS:
            setattr(state, f"name_{lang}", entry[f"name_{lang}"])
        state.regional_group = RegionalGroup(entry["regional_group"])
        untouched = state.protocol_status_source in bundled_sources or (
            state.protocol_status_source is None
            and state.protocol_status in (None, ProtocolStatus.UNKNOWN)
        )
        if untouched:
            state.protocol_status = ProtocolStatus(entry["protocol_status"])
            raw_date = entry.get("protocol_status_date")
            state.protocol_status_date = date.fromisoformat(raw_date) if raw_date else None
            state.protocol_status_source = _status_source(
                data["sources"], entry.get("protocol_status_source")
            )


def stored_fingerprint(database: Database) -> str | None:
    query = select(AppMeta.value).where(AppMeta.key == FINGERPRINT_KEY)
    with database.engine.connect() as connection:
        return connection.execute(query).scalar()


def sync_bundled_data(database: Database, bundle: Bundle | None = None) -> bool:
    """Bring the bundled data of *database* up to date; True when anything was written."""
    fingerprint = bundle.fingerprint if bundle else bundle_fingerprint()
    if stored_fingerprint(database) == fingerprint:
        return False
    bundle = bundle or read_bundle()
    with database.session(origin=Origin.BUNDLED) as session:
        if database.dialect == "postgresql":  # clients starting together load it once
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": BUNDLE_LOCK})
            stored = session.scalar(select(AppMeta.value).where(AppMeta.key == FINGERPRINT_KEY))
            if stored == fingerprint:
                return False
        batch = ImportBatch(
            origin=Origin.BUNDLED,
            file_name="bundled data",
            sha256=fingerprint,
            **database.identity.columns(),
        )
        session.add(batch)
        session.flush()
        session.info["batch_id"] = batch.id
        _upsert_themes(session, bundle.themes)
        _upsert_catalogue(session, bundle.catalogues)
        _upsert_states(session, bundle.states)
        session.merge(AppMeta(key=FINGERPRINT_KEY, value=fingerprint))
        session.flush()
        batch.counts = {
            "states": len(bundle.states["states"]),
            "recommendations": sum(len(c["items"]) for c in bundle.catalogues),
        }
    return True
