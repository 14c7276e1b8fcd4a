"""A document page's address, made for many documents at once (a results page, an export, the
directives' lists): reversed once, then the document's number filled in."""

from __future__ import annotations

from collections.abc import Callable

from django.urls import reverse

# A document number no database reaches, reversed once in place of every permalink's pk.
_PK_MARKER = 987_654_321_987


def permalink_maker(absolute_url: Callable[[str], str]) -> Callable[[int], str]:
    """pk → absolute address of the document page. A large export needs one link per row, all
    alike but for the pk, and ``reverse()`` is slow next to a string join: reverse once, then fill
    the pk in."""
    head, marker, tail = absolute_url(reverse("documents:detail", args=[_PK_MARKER])).partition(
        str(_PK_MARKER)
    )
    if not marker or str(_PK_MARKER) in tail:  # an unusual URL layout: take no shortcut
        return lambda pk: absolute_url(reverse("documents:detail", args=[pk]))
    return lambda pk: f"{head}{pk}{tail}"
