"""Zip-based formats (.docx, .odt): refuse damaged archives and zip bombs before inflating them."""

from __future__ import annotations

import io
import zipfile

from .base import ReadError, gettext_noop

# Real documents stay far below both limits.
MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 100
# Ratios are only meaningful for big members: a tiny XML part may compress very well.
_RATIO_MIN_SIZE = 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def check_archive(data: bytes, kind: str, required: str) -> None:
    """Raise ReadError unless ``data`` is a sane zip holding ``required`` (``kind`` names the
    format in the message, like ".docx (Word)")."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ReadError(gettext_noop("không phải tệp %(kind)s: không phải tệp nén zip"), kind=kind)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ReadError(
            gettext_noop("không phải tệp %(kind)s: tệp nén zip bị hỏng (%(error)s)"), kind=kind, error=exc
        ) from None
    if required not in {member.filename for member in members}:
        raise ReadError(
            gettext_noop("không phải tệp %(kind)s: tệp nén zip không có %(required)s"),
            kind=kind,
            required=required,
        )
    total = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members)
    if total > MAX_UNCOMPRESSED:
        raise ReadError(
            gettext_noop(
                "từ chối: tệp %(kind)s sẽ bung ra %(size)s MB (giới hạn %(limit)s MB; nghi là zip bomb)"
            ),
            kind=kind,
            size=round(total / 2**20),
            limit=round(MAX_UNCOMPRESSED / 2**20),
        )
    ratios = [
        (m.file_size / max(m.compress_size, 1), m.filename) for m in members if m.file_size >= _RATIO_MIN_SIZE
    ]
    if total >= _RATIO_MIN_SIZE:
        ratios.append((total / max(packed, 1), kind))
    for ratio, name in ratios:
        if ratio > MAX_RATIO:
            raise ReadError(
                gettext_noop(
                    "từ chối: %(name)s nén tỉ lệ %(ratio)s:1 (giới hạn %(limit)s:1; nghi là zip bomb)"
                ),
                name=name,
                ratio=round(ratio),
                limit=MAX_RATIO,
            )
