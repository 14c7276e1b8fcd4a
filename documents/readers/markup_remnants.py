"""Markdown left in plain text by the tools that save a web page as text.

A page saved through a Markdown converter keeps its images as ``![alt](address)`` and its
layout tables as cells between ``|``; an image without alt text leaves ``![]()`` beside a
photo caption. None of it is the document's text: stored, it is indexed and shown in result
snippets. An image's alt text is kept (it describes the photo, like a caption); its address is
not. A line left holding only table pipes says nothing and goes too.
"""

from __future__ import annotations

import re

_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_PIPES_ONLY = re.compile(r"(?m)^[ \t]*\|[ \t|]*$")


def strip_markup_remnants(text: str) -> str:
    """``text`` without Markdown images (their alt text kept) and lines of table pipes alone."""
    if "![" not in text and "|" not in text:
        return text
    return _PIPES_ONLY.sub("", _IMAGE.sub(lambda m: m.group(1).strip(), text))
