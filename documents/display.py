"""What a document is called wherever a person reads it: pages, feeds, exports and citations.

The extracted title when there is one; otherwise the text's first sentence, cut at a word
boundary, so that a list never shows a file name ("039.txt") that tells a reader nothing.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from django.utils.translation import gettext, pgettext_lazy

from documents.metadata.titles import MAX_CHARS, shorten

FALLBACK_TITLE_CHARS = MAX_CHARS
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")


def first_sentence(text: str, limit: int = FALLBACK_TITLE_CHARS) -> str:
    """The first sentence of ``text`` on one line, shortened as extracted titles are (at most
    ``limit`` characters, an ellipsis marking a cut made between words)."""
    flat = " ".join(text.split())
    end = _SENTENCE_END.search(flat)
    return shorten(flat[: end.end()] if end else flat, limit)


def is_file_name(title: str, original_name: str) -> bool:
    """Older ingests stored the file's name as the title when extraction found none."""
    if not original_name:
        return False
    return title in {original_name, PurePath(original_name).stem, PurePath(original_name).name}


def display_title(title: str, text: str, original_name: str = "", *, placeholder: bool = True) -> str:
    """``placeholder``: say "untitled" when there is nothing to show (a citation leaves it out)."""
    title = " ".join((title or "").split())
    if title and not is_file_name(title, original_name):
        return title
    shown = first_sentence(text or "")
    return shown or (gettext("Văn bản chưa có tiêu đề") if placeholder else "")


# The roles metadata extraction records, stored as the Vietnamese words it found; shown translated.
ROLE_LABELS = {
    "chủ trì": pgettext_lazy("vai trò", "chủ trì"),
    "kết luận": pgettext_lazy("vai trò", "kết luận"),
    "trình bày": pgettext_lazy("vai trò", "trình bày"),
    "phát biểu": pgettext_lazy("vai trò", "phát biểu"),
    "ký": pgettext_lazy("vai trò", "ký"),
}


def role_labels(roles: list[str]) -> list[str]:
    return [str(ROLE_LABELS.get(role, role)) for role in roles or []]
