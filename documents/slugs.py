"""URL slugs for Vietnamese names: "Thanh Hóa" → "thanh-hoa"."""

from django.utils.text import slugify

from .vietnamese.normalize import fold


def vietnamese_slug(name: str) -> str:
    return slugify(fold(name)) or "x"
