"""The devset's parts for measuring extraction: known, tune and blind.

The 40 "known" excerpts are the ones the extractor was first written against; every other gold
file is new. A third of the new files (by the SHA-1 of the file name, so the choice depends on no
one's judgement and never changes) is the blind part: its failures stay unread while rules are
written, only its aggregate scores are looked at. The rest of the new files is the tune part.
The split is stored as file names only (eval/extraction_split.json), never as texts.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

PARTS = ("known", "tune", "blind")
SPLIT_FILE = Path(__file__).resolve().parents[1] / "eval" / "extraction_split.json"


def _hash_key(name: str) -> str:
    return hashlib.sha1(name.encode("utf-8"), usedforsecurity=False).hexdigest()


def split_new_files(new_files: list[str]) -> tuple[list[str], list[str]]:
    """(tune, blind): the blind part is the third of the new files with the smallest name hashes."""
    ordered = sorted(set(new_files), key=_hash_key)
    blind_count = len(ordered) // 3
    return sorted(ordered[blind_count:]), sorted(ordered[:blind_count])


def build_split(all_files: list[str], known_files: list[str]) -> dict[str, list[str]]:
    known = sorted(set(known_files) & set(all_files))
    tune, blind = split_new_files([f for f in all_files if f not in set(known)])
    return {"known": known, "tune": tune, "blind": blind}


def load_split(path: Path = SPLIT_FILE) -> dict[str, list[str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {part: list(data[part]) for part in PARTS}


def files_of(parts: list[str], path: Path = SPLIT_FILE) -> set[str]:
    """The file names of the named parts; a name that is no part raises ValueError."""
    split = load_split(path)
    unknown = [p for p in parts if p not in split]
    if unknown:
        raise ValueError(f"unknown part(s) {', '.join(unknown)}; parts are {', '.join(PARTS)}")
    return {name for part in parts for name in split[part]}
