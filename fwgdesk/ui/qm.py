"""Compiling a ``.ts`` catalogue into Qt's binary ``.qm`` form, as ``pyside6-lrelease`` does.

The window loads its translations compiled, so Qt itself picks the plural form of a
counted text (``tr(text, "", n)``) by the language's rules. The ``.qm`` files are not kept
in the repository: :func:`compiled` builds one from the ``.ts`` source when the window
first needs it (a few milliseconds), byte for byte what ``pyside6-lrelease`` writes (a
test compares them), so no Qt tool is needed to install or bundle the application.
"""

from __future__ import annotations

from fwgdesk.ui.ts_files import PLURAL_FORMS, Catalogue

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_LANGUAGE, _HASHES, _MESSAGES, _NUMERUS_RULES = 0xA7, 0x42, 0x69, 0x88
_END, _TRANSLATION, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 6, 7, 8
_MISSING = 0xFFFFFFFF  # a form not translated: Qt falls back to the source text

# Qt's plural rules (qtranslator.cpp's byte code: operators on n, n % 10, n % 100; 0xff
# separates the forms, the last form takes what no rule matched). They agree with CLDR's
# categories for whole numbers: Russian one (1, 21, 101…), few (2-4, 22-24…), many (0,
# 5-20, 25-30…); Arabic zero, one, two, few (n % 100 in 3-10), many (n % 100 in 11-99),
# other (100-102, 200…); French one for 0 and 1.
RULES: dict[str, bytes] = {
    "ar": bytes.fromhex("0100ff0101ff0102ff24030aff2a0b"),
    "zh": b"",
    "en": bytes.fromhex("0101"),
    "fr": bytes.fromhex("0301"),
    "ru": bytes.fromhex("1101fd290bff140204fd2c0a13"),
    "es": bytes.fromhex("0101"),
}


def _field(tag: int, data: bytes) -> bytes:
    return bytes([tag]) + len(data).to_bytes(4, "big") + data


def elf_hash(text: bytes) -> int:
    """Qt's hash of a source text (and comment) in the ``.qm`` index."""
    h = 0
    for byte in text:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _translations(forms: list[str], count: int) -> bytes:
    out = b""
    for index in range(count):
        form = forms[index] if index < len(forms) else ""
        if form:
            out += _field(_TRANSLATION, form.encode("utf-16-be"))
        else:
            out += bytes([_TRANSLATION]) + _MISSING.to_bytes(4, "big")
    return out


def compile_qm(language: str, catalogue: Catalogue) -> bytes:
    """*catalogue* (in *language*) as the bytes of a ``.qm`` file. Entries without any
    translation are left out, so Qt shows the English source."""
    forms_count = len(PLURAL_FORMS[language])
    messages = bytearray()
    index: list[tuple[int, int]] = []
    rows = [
        (context.encode(), source.encode(), entry)
        for context, entries in catalogue.items()
        for source, entry in entries.items()
        if any(entry.forms)
    ]
    for context, source, entry in sorted(rows, key=lambda row: row[:2]):
        index.append((elf_hash(source), len(messages)))
        messages += _translations(entry.forms, forms_count if entry.numerus else 1)
        messages += _field(_COMMENT, b"") + _field(_SOURCE, source) + _field(_CONTEXT, context)
        messages += bytes([_END])
    hashes = b"".join(h.to_bytes(4, "big") + o.to_bytes(4, "big") for h, o in sorted(index))
    out = MAGIC + _field(_LANGUAGE, language.encode())
    if messages:
        out += _field(_HASHES, hashes) + _field(_MESSAGES, bytes(messages))
    if RULES[language]:
        out += _field(_NUMERUS_RULES, RULES[language])
    return out
