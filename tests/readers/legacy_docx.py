"""A .docx typed in a legacy Vietnamese font, as Word keeps one: the run's font is .VnTime
(TCVN3) or VNI-Times (VNI), its text the font's bytes read as Windows-1252 characters."""

from __future__ import annotations

import io

import docx
from docx.shared import Pt

from documents.readers.legacy import encode_tcvn3, encode_vni
from tools.readers.printed import paragraphs

FONTS = {"tcvn3": ".VnTime", "vni": "VNI-Times"}
ENCODERS = {"tcvn3": encode_tcvn3, "vni": encode_vni}


def as_typed(text: str, encoding: str) -> str:
    return ENCODERS[encoding](text).decode("cp1252")


def legacy_docx(text: str, encoding: str | None, font_in_style: bool = True) -> bytes:
    """``text`` as a .docx in the legacy ``encoding`` (None: Unicode in Times New Roman); the
    font is set on the Normal style, or on each run when ``font_in_style`` is False."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(13)
    font = FONTS.get(encoding, "Times New Roman")
    if font_in_style:
        style.font.name = font
    for paragraph in paragraphs(text):
        run = document.add_paragraph().add_run(as_typed(paragraph, encoding) if encoding else paragraph)
        if not font_in_style:
            run.font.name = font
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
