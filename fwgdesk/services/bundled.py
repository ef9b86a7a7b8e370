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
from fwgdesk.db.migrate import SET_SETUP_WAIT
from fwgdesk.db.models import AppMeta, ImportBatch, SourceDocument, State, Theme
from fwgdesk.domain.enums import UN_LANGUAGES, Origin, ProtocolStatus, RegionalGroup
from fwgdesk.exchange.apply import apply_in_session
from fwgdesk.exchange.coerce import typed_update
from fwgdesk.exchange.model import RawRow, RawUpdate, Update
from fwgdesk.exchange.problems import Location, Problem, UpdateRejectedError
from fwgdesk.exchange.spec import FORMAT_NAME, FORMAT_VERSION
from fwgdesk.paths import APP_NAME, resources_dir

CATALOGUE_SOURCES = ("WG8", "WG9", "RES11.6", "BG2014", "CS")
FINGERPRINT_KEY = "bundled_fingerprint"
BUNDLE_LOCK = 7_310_442_002  # PostgreSQL advisory lock: one client loads the bundle
LANGS = UN_LANGUAGES
BUNDLED_NAME = "bundled data"


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


SOURCE_FIELDS = ("kind", "symbol", "meeting", "date")
ITEM_FIELDS = ("number", "section", "addressees", "themes", "articles")
ITEM_TEXTS = ("title", "section_title", "subsection_title", "text")


def _present(entry: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """The fields of *entry* among *names* that it carries (absent: left as they are)."""
    return {name: entry[name] for name in names if name in entry}


def _in_languages(entry: dict[str, Any], prefixes: tuple[str, ...]) -> dict[str, Any]:
    return _present(entry, tuple(f"{p}_{lang}" for p in prefixes for lang in LANGS))


def catalogue_update(bundle: Bundle) -> Update:
    """The bundled catalogue as an update, typed and checked as a file's would be: it is
    applied as the Secretariat's updates are."""
    where = Location(BUNDLED_NAME)
    sources, items = [], []
    for catalogue in bundle.catalogues:
        source = catalogue["source"]
        values = {"code": source["code"], **_present(source, SOURCE_FIELDS)}
        sources.append(RawRow(values | _in_languages(source, ("title",)), where))
        for item in catalogue["items"]:
            values = {"code": item["code"], "source": source["code"]}
            values |= _present(item, ITEM_FIELDS) | _in_languages(item, ITEM_TEXTS)
            items.append(RawRow(values, where))
    header = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "publisher": APP_NAME}
    raw = RawUpdate(
        BUNDLED_NAME,
        "json",
        header | {"sequence": 0},
        where,
        {"sources": sources, "recommendations": items},
    )
    problems: list[Problem] = []
    update = typed_update(raw, problems)
    if update is None or problems:
        raise UpdateRejectedError(problems)
    return update


def _apply_catalogue(session: Session, catalogues: list[dict[str, Any]], update: Update) -> None:
    """Apply the catalogue through the import path; then the bundle's own bookkeeping (the
    order of the documents, their file names), which the format does not carry."""
    apply_in_session(session, update)  # a bundle that fails its checks: UpdateRejectedError
    session.flush()
    for order, catalogue in enumerate(catalogues):
        document = session.get(SourceDocument, catalogue["source"]["code"])
        if document is not None:
            document.sort_order = order
            document.file_name = catalogue["source"].get("file")


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
            session.execute(SET_SETUP_WAIT)  # another client loading it: wait for it
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": BUNDLE_LOCK})
            stored = session.scalar(select(AppMeta.value).where(AppMeta.key == FINGERPRINT_KEY))
            if stored == fingerprint:
                return False
        batch = ImportBatch(
            origin=Origin.BUNDLED,
            file_name=BUNDLED_NAME,
            sha256=fingerprint,
            **database.identity.columns(),
        )
        session.add(batch)
        session.flush()
        session.info["batch_id"] = batch.id
        _upsert_themes(session, bundle.themes)
        session.flush()
        _apply_catalogue(session, bundle.catalogues, catalogue_update(bundle))
        _upsert_states(session, bundle.states)
        session.merge(AppMeta(key=FINGERPRINT_KEY, value=fingerprint))
        session.flush()
        batch.counts = {
            "states": len(bundle.states["states"]),
            "recommendations": sum(len(c["items"]) for c in bundle.catalogues),
        }
    return True
