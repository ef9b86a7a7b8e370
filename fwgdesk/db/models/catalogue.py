"""The bundled recommendation catalogue: source documents, themes and items."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fwgdesk.db.base import Audited, Base, Versioned
from fwgdesk.db.types import text_enum
from fwgdesk.domain.enums import Addressee


class SourceDocument(Base):
    """One of the documents the catalogue is taken from."""

    __tablename__ = "source_documents"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    file_name: Mapped[str | None] = mapped_column(String(200))
    title_zh: Mapped[str] = mapped_column(Text)
    title_en: Mapped[str] = mapped_column(Text)
    meeting: Mapped[str | None] = mapped_column(Text)
    issued_on: Mapped[date | None] = mapped_column(Date)
    symbol: Mapped[str | None] = mapped_column(String(64))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


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

    The source documents exist here in their Chinese edition only: ``text_zh`` is the
    verbatim text; the other languages are filled when a translation is brought in.
    """

    __tablename__ = "recommendations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(24), unique=True)
    source_code: Mapped[str] = mapped_column(ForeignKey("source_documents.code"), index=True)
    number: Mapped[str] = mapped_column(String(8))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    section: Mapped[str | None] = mapped_column(String(8))
    section_title_zh: Mapped[str | None] = mapped_column(Text)
    section_title_en: Mapped[str | None] = mapped_column(Text)
    subsection_title_zh: Mapped[str | None] = mapped_column(Text)
    subsection_title_en: Mapped[str | None] = mapped_column(Text)
    title_en: Mapped[str] = mapped_column(Text)
    text_ar: Mapped[str | None] = mapped_column(Text)
    text_en: Mapped[str | None] = mapped_column(Text)
    text_es: Mapped[str | None] = mapped_column(Text)
    text_fr: Mapped[str | None] = mapped_column(Text)
    text_ru: Mapped[str | None] = mapped_column(Text)
    text_zh: Mapped[str | None] = mapped_column(Text)

    source: Mapped[SourceDocument] = relationship()
    themes: Mapped[list[RecommendationTheme]] = relationship(
        cascade="all, delete-orphan", order_by="RecommendationTheme.position"
    )
    articles: Mapped[list[RecommendationArticle]] = relationship(
        cascade="all, delete-orphan", order_by="RecommendationArticle.article"
    )
    addressees: Mapped[list[RecommendationAddressee]] = relationship(cascade="all, delete-orphan")

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


class RecommendationTheme(Base):
    __tablename__ = "recommendation_themes"

    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), primary_key=True
    )
    theme_code: Mapped[str] = mapped_column(ForeignKey("themes.code"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class RecommendationArticle(Base):
    """A Firearms Protocol article (1-21) a catalogue item concerns."""

    __tablename__ = "recommendation_articles"

    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), primary_key=True
    )
    article: Mapped[int] = mapped_column(Integer, primary_key=True)


class RecommendationAddressee(Base):
    __tablename__ = "recommendation_addressees"

    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), primary_key=True
    )
    addressee: Mapped[Addressee] = mapped_column(text_enum(Addressee), primary_key=True)
