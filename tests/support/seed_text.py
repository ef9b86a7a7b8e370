"""Normalise source-document text so catalogue items can be found verbatim in it.

The source documents are text extractions of United Nations PDFs: page headers and
footers, footnote bodies and a little markdown interrupt the running text. A catalogue
item carries only the running text, so both sides are normalised the same way before an
item is looked up as a substring of its source:

* lines that match one of the source's ``noise_line_patterns`` (page headers, page
  numbers, footnote bodies) are dropped from the source;
* markdown link syntax (``[text](#)``), emphasis stars and footnote markers are removed;
* every whitespace character is removed.

Run as a script to check one or more catalogue files:
``python -m tests.support.seed_text resources/catalogue/WG8.json``
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SEEDS_DIR = REPO_ROOT.parent / "shared" / "seeds"

_LINK = re.compile(r"\[([^\]]*)\]\(#\)")
_MARKS = re.compile(r"[*\u2217\u00b9\u00b2\u00b3\u2070-\u209f]")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Return *text* without formatting marks, footnote markers and whitespace."""
    text = _LINK.sub(r"\1", text)
    text = _MARKS.sub("", text)
    return _SPACE.sub("", text)


def source_text(file_name: str, noise_line_patterns: list[str]) -> str:
    """Return the normalised running text of one source document."""
    noise = [re.compile(p) for p in noise_line_patterns]
    raw = (SEEDS_DIR / file_name).read_text(encoding="utf-8")
    kept = [line for line in raw.splitlines() if not any(p.search(line) for p in noise)]
    return normalise("\n".join(kept))


def missing_items(catalogue_file: Path) -> list[str]:
    """Return the codes of the items of *catalogue_file* not found in their source."""
    data = json.loads(catalogue_file.read_text(encoding="utf-8"))
    source = data["source"]
    haystack = source_text(source["file"], source.get("noise_line_patterns", []))
    return [item["code"] for item in data["items"] if normalise(item["text_zh"]) not in haystack]


if __name__ == "__main__":
    failed = False
    for arg in sys.argv[1:]:
        missing = missing_items(Path(arg))
        print(f"{arg}: {'all found' if not missing else 'NOT FOUND: ' + ', '.join(missing)}")
        failed = failed or bool(missing)
    sys.exit(1 if failed else 0)
