"""RIS (EndNote, Zotero, Mendeley): one record per document, each a report (TY  - RPRT)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .reference import Reference

CONTENT_TYPE = "application/x-research-info-systems; charset=utf-8"
EXTENSION = "ris"
RECORDS_PER_CHUNK = 200


def _date(parts: tuple[int, ...]) -> str:
    # RIS dates are YYYY/MM/DD/other with empty parts for what is not known.
    padded = [f"{parts[0]:04d}"] + [f"{value:02d}" for value in parts[1:]]
    padded += [""] * (3 - len(padded))
    return "/".join(padded) + "/"


def record(reference: Reference) -> str:
    lines = ["TY  - RPRT", f"TI  - {reference.title}"]
    if reference.date_parts:
        lines.append(f"PY  - {reference.year:04d}")
        lines.append(f"DA  - {_date(reference.date_parts)}")
    optional = (
        ("PB", reference.publisher),
        ("CY", reference.place),
        ("IS", reference.number),  # the report number (Zotero reads IS as such for RPRT)
        ("M3", reference.genre),  # the type of work
        ("UR", reference.url),
        ("AB", reference.abstract),
        ("N1", reference.citation),
        ("LA", "vi"),
    )
    lines += [f"{tag}  - {value}" for tag, value in optional if value]
    lines.append(f"Y2  - {reference.accessed:%Y/%m/%d}")
    lines.append("ER  - ")
    return "\r\n".join(lines) + "\r\n\r\n"


def stream(references: Iterable[Reference]) -> Iterator[bytes]:
    parts: list[str] = []
    for reference in references:
        parts.append(record(reference))
        if len(parts) == RECORDS_PER_CHUNK:
            yield "".join(parts).encode("utf-8")
            parts.clear()
    yield "".join(parts).encode("utf-8")
