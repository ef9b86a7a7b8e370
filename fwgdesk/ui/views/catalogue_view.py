"""The Recommendations place: the catalogue with search and filters, the full text and
source of the selected item, and which States link it with what status."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QItemSelection, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.db.changes import Changes
from fwgdesk.domain.languages import choose
from fwgdesk.domain.records import CatalogueItem, SourceRecord
from fwgdesk.services.catalogue import (
    count_items,
    list_items,
    list_sections,
    list_sources,
    matching_codes,
    theme_labels,
)
from fwgdesk.services.links import links_to
from fwgdesk.services.states import list_states
from fwgdesk.ui.catalogue_text import (
    item_html,
    languages_text,
    reader_language,
    shown_text,
    source_title,
)
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.labels import link_status_label
from fwgdesk.ui.models.catalogue_model import CatalogueModel
from fwgdesk.ui.models.columns import size_columns
from fwgdesk.ui.refresh import Refresher
from fwgdesk.ui.settings_store import int_value, str_value
from fwgdesk.ui.widgets.combos import compact
from fwgdesk.ui.widgets.tables import row_table

SEARCH_DELAY_MS = 120
PROTOCOL_ARTICLES = range(1, 22)
SETTINGS_PREFIX = "catalogue_view/"


CATALOGUE_TABLES = ("recommendations", "recommendation_links")


class CatalogueView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._sources = {s.code: s for s in list_sources(ctx.database)}
        self._state_names = {s.iso3: s.name(ctx.language) for s in list_states(ctx.database)}
        self._themes = theme_labels(ctx.database, ctx.language)
        self.model = CatalogueModel(self, dict(self._themes))
        self._total = count_items(ctx.database)
        self._filtered: list[CatalogueItem] = []
        self._build_filters()
        self._build_body()
        self.reload()
        self.restore_settings()
        self.refresher = Refresher(
            self, ctx.events, self.reload, CATALOGUE_TABLES, on_changes=self._changed
        )

    def _changed(self, changes: Changes) -> None:
        """The catalogue changed: reload it; a State's links changed: the item shown."""
        if changes.everything or "recommendations" in changes.tables:
            self.reload()
        else:
            self._show_current()

    def _build_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Search titles and full texts in any language, or codes…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.search.placeholderText())  # the hint whole, when cut
        self.source = QComboBox(self)
        self.source.addItem(self.tr("All source documents"), None)
        for source in self._sources.values():
            self.source.addItem(f"{source.code} — {source_title(source)}", source.code)
        self.section = QComboBox(self)
        self.theme = QComboBox(self)
        self.theme.addItem(self.tr("All themes"), None)
        for code, label in self._themes:
            self.theme.addItem(label, code)
        self.article = QComboBox(self)
        self.article.addItem(self.tr("All Protocol articles"), None)
        for number in PROTOCOL_ARTICLES:
            self.article.addItem(self.tr("Article {n}").format(n=number), number)
        self._fill_sections()
        for combo in (self.source, self.section, self.theme, self.article):
            compact(combo)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._timer.start)
        self.source.currentIndexChanged.connect(self._fill_sections)
        for combo in (self.source, self.section, self.theme, self.article):
            combo.currentIndexChanged.connect(self.reload)

    def _build_body(self) -> None:
        self.table = row_table(self, self.model)
        size_columns(self.table, self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = QTextBrowser(self)
        self.detail.setPlaceholderText(
            self.tr("Select a recommendation to read its full text here.")
        )
        self.count_label = QLabel(self)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)  # the filters' choices read whole beside it
        for combo in (self.source, self.section, self.theme, self.article):
            filters.addWidget(combo, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([380, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter)
        layout.addWidget(self.count_label)

    def _fill_sections(self) -> None:
        source = self.source.currentData()
        self.section.blockSignals(True)
        self.section.clear()
        self.section.addItem(self.tr("All sections"), None)
        if source:
            language = reader_language()
            for section, titles in list_sections(self._ctx.database, source):
                heading = shown_text(choose(titles, language))
                self.section.addItem(f"{section}. {heading}", section)
        self.section.setEnabled(bool(source))
        self.section.blockSignals(False)

    def reload(self) -> None:
        """Load the items the filters select; the search text then narrows them."""
        self._filtered = list_items(
            self._ctx.database,
            source=self.source.currentData(),
            theme=self.theme.currentData(),
            section=self.section.currentData(),
            article=self.article.currentData(),
        )
        self.apply_search()

    def apply_search(self) -> None:
        """Narrow the loaded items to those the search text finds (in any language)."""
        codes = matching_codes(self._ctx.database, self.search.text())
        items = [i for i in self._filtered if codes is None or i.code in codes]
        self.model.set_items(items)
        self.count_label.setText(
            self.tr("{n} of {total} items", "", self._total).format(n=len(items), total=self._total)
        )
        self.detail.clear()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_current()

    def _show_current(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.model.item_at(rows[0].row())
        self.detail.setHtml(self.item_html(item, self._sources.get(item.source)))

    def item_html(self, item: CatalogueItem, source: SourceRecord | None) -> str:
        parts = [item_html(item)]
        if source is not None:
            details = [source_title(source), source.meeting or "", source.symbol or ""]
            if source.issued_on:
                details.append(source.issued_on.isoformat())
            parts.append(
                "<p>" + self.tr("Source:") + " " + escape(" · ".join(d for d in details if d))
            )
        if item.text_languages:
            parts.append(
                "<p>"
                + self.tr("Full text in:")
                + " "
                + escape(languages_text(item.text_languages))
                + "</p>"
            )
        parts.append(self._links_html(item.code))
        return "".join(parts)

    def _links_html(self, code: str) -> str:
        links = links_to(self._ctx.database, code)
        if not links:
            return "<p>" + self.tr("No State links this recommendation.") + "</p>"
        rows = "".join(
            f"<tr><td>{escape(link.state_iso3)}</td>"
            f"<td>{escape(self._state_names.get(link.state_iso3, ''))}</td>"
            f"<td>{escape(link_status_label(link.status))}</td>"
            f"<td>{escape(link.note or '')}</td></tr>"
            for link in links
        )
        title = self.tr("Linked by {n} States", "", len(links)).format(n=len(links))
        return f"<h4>{title}</h4><table cellpadding='3'>{rows}</table>"

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue(SETTINGS_PREFIX + "search", self.search.text())
        settings.setValue(SETTINGS_PREFIX + "splitter", self.splitter.saveState())
        for name, combo in self._combos().items():
            settings.setValue(SETTINGS_PREFIX + name, combo.currentIndex())

    def restore_settings(self) -> None:
        settings = QSettings()
        for name, combo in self._combos().items():
            combo.setCurrentIndex(int_value(settings, SETTINGS_PREFIX + name))
        self.search.setText(str_value(settings, SETTINGS_PREFIX + "search"))
        splitter: Any = settings.value(SETTINGS_PREFIX + "splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _combos(self) -> dict[str, QComboBox]:
        return {
            "source": self.source,
            "section": self.section,
            "theme": self.theme,
            "article": self.article,
        }
