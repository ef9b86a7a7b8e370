"""Which language of a multilingual text a reader is shown: theirs, else the original, marked.

The catalogue holds titles, headings and texts per UN language, each possibly missing. A
reader is shown the text in their own language where it exists; otherwise the text in the
source document's own language (the edition the catalogue was taken from), and the caller
marks which language that is. Never silently another language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from fwgdesk.domain.enums import UN_LANGUAGES

# The language of each language's own name, as a reader of any language recognises it.
NATIVE_NAMES: Mapping[str, str] = {
    "ar": "العربية",
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "ru": "Русский",
    "zh": "中文",
}


@dataclass(frozen=True)
class Shown:
    """A text chosen for a reader: the text, its language, and whether it is the reader's."""

    text: str
    language: str
    in_reader_language: bool

    @property
    def marked(self) -> bool:
        """True when the reader must be told which language is shown."""
        return not self.in_reader_language


def texts_of(record: object, prefix: str) -> Mapping[str, str | None]:
    """``{language: value}`` of *record*: its mapping ``<prefix>s`` (a record's
    ``titles``, ``texts``), else its attributes ``<prefix>_<language>`` (a database row's
    ``title_fr``)."""
    held = getattr(record, f"{prefix}s", None)
    if isinstance(held, Mapping):
        return held
    return {lang: getattr(record, f"{prefix}_{lang}", None) for lang in UN_LANGUAGES}


def choose(
    texts: Mapping[str, str | None], reader: str, originals: tuple[str, ...] = ("zh", "en")
) -> Shown | None:
    """The text of *texts* for a reader of *reader*: theirs if present, else the first
    present of *originals* (the source's own editions, in order), else None."""
    own = texts.get(reader)
    if own:
        return Shown(own, reader, True)
    for language in (*originals, *UN_LANGUAGES):
        text = texts.get(language)
        if text:
            return Shown(text, language, language == reader)
    return None


def original_mark(language: str) -> str:
    """The mark placed beside a text shown in a language other than the reader's, in that
    language's own name (e.g. "中文 original" is worded by the caller around this)."""
    return NATIVE_NAMES.get(language, language)


def shown_with_mark(shown: Shown | None, mark: Callable[[str], str]) -> str:
    """*shown*'s text, prefixed by ``mark(language)`` when it is not in the reader's
    language; an empty string when there is no text at all."""
    if shown is None:
        return ""
    if not shown.marked:
        return shown.text
    return f"[{mark(shown.language)}] {shown.text}"
