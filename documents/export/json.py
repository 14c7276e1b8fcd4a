"""JSON: {"record": {...}, "rows": [{column key: value or null}, ...]}, streamed row by row."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from .columns import KEYS

CONTENT_TYPE = "application/json"
EXTENSION = "json"
ROWS_PER_CHUNK = 200


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def stream(rows: Iterable[tuple[str, ...]], record: dict) -> Iterator[bytes]:
    yield f'{{"record": {_dumps(record)},\n"rows": ['.encode()
    parts: list[str] = []
    separator = "\n"
    for row in rows:
        parts.append(separator + _dumps({key: value or None for key, value in zip(KEYS, row, strict=True)}))
        separator = ",\n"
        if len(parts) == ROWS_PER_CHUNK:
            yield "".join(parts).encode("utf-8")
            parts.clear()
    parts.append("\n]}\n")
    yield "".join(parts).encode("utf-8")
