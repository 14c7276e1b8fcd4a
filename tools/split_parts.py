"""What the evaluation tools may print one item at a time.

The devset has two split files, and they are different lists: eval/extraction_split.json parts
the documents (file names) into known, tune and blind; eval/search_split.json parts the judged
queries (their texts) into tune and blind. A blind item is looked at in aggregate only: its text,
its output and its failures stay unread while rules are written. A tool that prints documents or
queries one by one labels each with its part and leaves the blind ones out, saying how many,
unless it is asked to show them (--show-blind). Both files apply to every tool: a tune query's
line names documents, and one of them may be in the extraction's blind part.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tools.devset_split import SPLIT_FILE as EXTRACTION_SPLIT_FILE

SEARCH_SPLIT_FILE = Path(__file__).resolve().parents[1] / "eval" / "search_split.json"
BLIND = "blind"
OUTSIDE = "outside"  # in neither split file: the samples, a query of one's own


def read_parts(path: Path) -> dict[str, str]:
    """item -> its part, for every list in a split file (its "rule" is text, not a part);
    ValueError naming the file when it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {item: part for part, items in data.items() if isinstance(items, list) for item in items}
    except (json.JSONDecodeError, AttributeError, TypeError) as error:
        raise ValueError(f"{path}: not a split file ({error})") from error


@dataclass(frozen=True)
class SplitParts:
    documents: dict[str, str]  # file name -> part of the extraction split
    queries: dict[str, str]  # query text -> part of the search split
    show_blind: bool = False

    def document_part(self, name: str) -> str:
        return self.documents.get(name, OUTSIDE)

    def query_part(self, text: str) -> str:
        return self.queries.get(text, OUTSIDE)

    def hides_document(self, name: str) -> bool:
        return not self.show_blind and self.document_part(name) == BLIND

    def hides_query(self, text: str) -> bool:
        return not self.show_blind and self.query_part(text) == BLIND

    def document_label(self, name: str) -> str:
        return f"{name} [{self.document_part(name)}]"

    def query_label(self, text: str) -> str:
        return f"{text!r} [{self.query_part(text)}]"

    def document_list(self, names: Iterable[str]) -> str:
        """The names labelled with their parts, the hidden ones only counted:
        "a.txt [tune], b.txt [outside], 2 blind documents"."""
        names = list(names)
        shown = [self.document_label(name) for name in names if not self.hides_document(name)]
        hidden = len(names) - len(shown)
        if hidden:
            shown.append(f"{hidden} blind document" + ("s" if hidden > 1 else ""))
        return ", ".join(shown)


def load_parts(
    search_split: Path = SEARCH_SPLIT_FILE,
    extraction_split: Path = EXTRACTION_SPLIT_FILE,
    show_blind: bool = False,
) -> SplitParts:
    """The parts of both split files; FileNotFoundError or ValueError names a file that cannot
    be read (without it nothing could be kept out)."""
    return SplitParts(read_parts(extraction_split), read_parts(search_split), show_blind)


SHOW_BLIND_HELP = (
    "also print, item by item, the documents of eval/extraction_split.json's blind part and the "
    "queries of eval/search_split.json's (their failures are not to be read while rules are written)"
)
