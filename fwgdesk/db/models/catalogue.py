"""The bundled recommendation catalogue: source documents, themes and items."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, object_session, relationship

from fwgdesk.db.base import Audited, Base, Versioned
from fwgdesk.db.types import text_enum
from fwgdesk.domain.enums import Addressee, SourceKind


class SourceDocument(Audited, Base):
    """One of the documents the catalogue is taken from, with its title in each language
    the publisher has it in."""

    __tablename__ = "source_documents"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[SourceKind | None] = mapped_column(text_enum(SourceKind))
    file_name: Mapped[str | None] = mapped_column(String(200))
    title_ar: Mapped[str | None] = mapped_column(Text)
    title_en: Mapped[str | None] = mapped_column(Text)
    title_es: Mapped[str | None] = mapped_column(Text)
    title_fr: Mapped[str | None] = mapped_column(Text)
    title_ru: Mapped[str | None] = mapped_column(Text)
    title_zh: Mapped[str | None] = mapped_column(Text)
    meeting: Mapped[str | None] = mapped_column(Text)
    issued_on: Mapped[date | None] = mapped_column(Date)
    symbol: Mapped[str | None] = mapped_column(String(64))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    audit_ignore = Audited.audit_ignore | {"sort_order", "file_name"}

    def audit_key(self) -> str:
        return self.code


class Theme(Base):
    """A theme of the controlled list, with its label in the six UN languages."""

    __tablename__ = "themes"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name_ar: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    name_es: Mapped[str] = mapped_column(String(200))
    name_fr: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200))
    name_zh: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Recommendation(Versioned, Audited, Base):
    """A recommendation, operative paragraph or discussion point of a source document.

    Titles are short summaries written for the catalogue, in each language; ``text_<lang>``
    is the item's verbatim text in that language edition of the source document (the
    bundled documents exist here in their Chinese edition only). A withdrawn item stays,
    with every State's links to it.
    """

    __tablename__ = "recommendations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(24), unique=True)
    source_code: Mapped[str] = mapped_column(ForeignKey("source_documents.code"), index=True)
    number: Mapped[str] = mapped_column(String(8))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    section: Mapped[str | None] = mapped_column(String(8))
    section_title_ar: Mapped[str | None] = mapped_column(Text)
    section_title_en: Mapped[str | None] = mapped_column(Text)
    section_title_es: Mapped[str | None] = mapped_column(Text)
    section_title_fr: Mapped[str | None] = mapped_column(Text)
    section_title_ru: Mapped[str | None] = mapped_column(Text)
    section_title_zh: Mapped[str | None] = mapped_column(Text)
    subsection_title_ar: Mapped[str | None] = mapped_column(Text)
    subsection_title_en: Mapped[str | None] = mapped_column(Text)
    subsection_title_es: Mapped[str | None] = mapped_column(Text)
    subsection_title_fr: Mapped[str | None] = mapped_column(Text)
    subsection_title_ru: Mapped[str | None] = mapped_column(Text)
    subsection_title_zh: Mapped[str | None] = mapped_column(Text)
    title_ar: Mapped[str | None] = mapped_column(Text)
    title_en: Mapped[str | None] = mapped_column(Text)
    title_es: Mapped[str | None] = mapped_column(Text)
    title_fr: Mapped[str | None] = mapped_column(Text)
    title_ru: Mapped[str | None] = mapped_column(Text)
    title_zh: Mapped[str | None] = mapped_column(Text)
    text_ar: Mapped[str | None] = mapped_column(Text)
    text_en: Mapped[str | None] = mapped_column(Text)
    text_es: Mapped[str | None] = mapped_column(Text)
    text_fr: Mapped[str | None] = mapped_column(Text)
    text_ru: Mapped[str | None] = mapped_column(Text)
    text_zh: Mapped[str | None] = mapped_column(Text)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)

    source: Mapped[SourceDocument] = relationship()
    themes: Mapped[list[RecommendationTheme]] = relationship(
        cascade="all, delete-orphan",
        order_by="RecommendationTheme.position",
        back_populates="recommendation",
    )
    articles: Mapped[list[RecommendationArticle]] = relationship(
        cascade="all, delete-orphan",
        order_by="RecommendationArticle.article",
        back_populates="recommendation",
    )
    addressees: Mapped[list[RecommendationAddressee]] = relationship(
        cascade="all, delete-orphan", back_populates="recommendation"
    )

    audit_ignore = Audited.audit_ignore | {"sort_order"}

    def audit_key(self) -> str:
        return self.code

    @property
    def theme_codes(self) -> list[str]:
        return [theme.theme_code for theme in self.themes]

    @property
    def article_numbers(self) -> list[int]:
        return [article.article for article in self.articles]

    @property
    def addressee_values(self) -> list[Addressee]:
        return [entry.addressee for entry in self.addressees]


class _CatalogueChild(Audited):
    """A row of one of a catalogue item's lists, audited as ``<code>/<list>/<value>`` so
    that undoing an update puts the list back."""

    recommendation_id: Mapped[int]
    recommendation: Mapped[Recommendation | None]
    list_name: ClassVar[str] = ""

    def audit_key(self) -> str:
        return f"{self._code()}/{self.list_name}/{self.list_value()}"

    def list_value(self) -> object:
        raise NotImplementedError

    def _code(self) -> str:
        """The item's code, even once this row was taken out of its list."""
        parent = self.recommendation
        session = object_session(self)
        if parent is None and session is not None and self.recommendation_id:
            parent = session.get(Recommendation, self.recommendation_id)
        return parent.code if parent is not None else str(self.recommendation_id)


class RecommendationTheme(_CatalogueChild, Base):
    __tablename__ = "recommendation_themes"
    list_name = "themes"

    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), primary_key=True
    )
    theme_code: Mapped[str] = mapped_column(ForeignKey("themes.code"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    recommendation: Mapped[Recommendation | None] = relationship(back_populates="themes")

    def list_value(self) -> object:
        return self.theme_code


class RecommendationArticle(_CatalogueChild, Base):
    """A Firearms Protocol article (1-21) a catalogue item concerns."""

    __tablename__ = "recommendation_articles"
    list_name = "articles"

    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), primary_key=True
    )
    article: Mapped[int] = mapped_column(Integer, primary_key=True)
    recommendation: Mapped[Recommendation | None] = relationship(back_populates="articles")

    def list_value(self) -> object:
        return self.article


class RecommendationAddressee(_CatalogueChild, Base):
    __tablename__ = "recommendation_addressees"
    list_name = "addressees"

    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), primary_key=True
    )
    addressee: Mapped[Addressee] = mapped_column(text_enum(Addressee), primary_key=True)
    recommendation: Mapped[Recommendation | None] = relationship(back_populates="addressees")

    def list_value(self) -> object:
        return self.addressee.value
