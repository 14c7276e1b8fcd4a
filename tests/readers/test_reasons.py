"""Reasons a file is refused: Vietnamese msgids, shown in the interface's language."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.utils import translation

import documents.readers
from documents.readers import ReadError, read_bytes

from .pdfgen import make_pdf

READERS = Path(documents.readers.__file__).parent


def _marked_messages() -> list[str]:
    found = []
    for module in sorted(READERS.glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "gettext_noop":
                found.append(node.args[0].value)
    return found


def test_every_marked_reason_has_an_english_translation() -> None:
    messages = _marked_messages()
    assert len(messages) >= 15
    with translation.override("en"):
        untranslated = [m for m in messages if translation.gettext(m) == m]
    assert untranslated == []


def test_every_reason_a_reader_gives_is_a_marked_message() -> None:
    """An English literal would reach the Vietnamese interface as it is: each ReadError names a
    message marked for translation (or passes one on)."""
    unmarked = []
    for module in sorted(READERS.glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "ReadError" and node.args:
                first = node.args[0]
                if not (isinstance(first, ast.Call) and getattr(first.func, "id", None) == "gettext_noop"):
                    unmarked.append(f"{module.name}:{node.lineno}")
    assert unmarked == []


def test_a_reason_is_shown_in_the_active_language() -> None:
    with pytest.raises(ReadError) as caught:
        read_bytes(make_pdf([None] * 3), ".pdf")
    with translation.override("vi"):
        assert str(caught.value) == "PDF gồm 3 trang trắng, không có chữ"
    with translation.override("en"):
        assert str(caught.value) == "the PDF is 3 blank pages, with no text"


def test_an_unmarked_reason_is_shown_as_written() -> None:
    with translation.override("en"):
        assert str(ReadError("not a PDF file: no %PDF header")) == "not a PDF file: no %PDF header"
