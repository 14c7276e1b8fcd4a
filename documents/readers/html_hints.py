"""Metadata hints a web page carries: headline, canonical URL and publication date."""

from __future__ import annotations

import datetime as dt
import re

from bs4 import BeautifulSoup, Tag

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
# Meta tags that name a publication date, by property/name/itemprop (lowercase).
_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "dc.date.issued", "dc.date", "dcterms.created", "date",
    "article:modified_time",
)  # fmt: skip


def normalize_date(value: str) -> str | None:
    """ "2023-04-04T08:00+07:00", "04/04/2023", "Thứ ba, 4-4-2023" → "2023-04-04"; "2023-04" kept."""
    value = value.strip()
    dmy = _DMY.search(value)
    iso = _ISO.search(value)
    if iso and (not dmy or iso.start() <= dmy.start()):
        year, month, day = iso.groups()
    elif dmy:
        day, month, year = dmy.groups()
    else:
        return None
    try:
        if day is None:
            dt.date(int(year), int(month), 1)
            return f"{int(year):04d}-{int(month):02d}"
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _meta(soup: BeautifulSoup, *keys: str) -> str | None:
    """Content of the first <meta> whose property, name or itemprop is one of ``keys``."""
    wanted = {key.lower(): rank for rank, key in enumerate(keys)}
    found: dict[int, str] = {}
    for tag in soup.find_all("meta"):
        for attr in ("property", "name", "itemprop"):
            key = str(tag.get(attr) or "").strip().lower()
            content = str(tag.get("content") or "").strip()
            if key in wanted and content and wanted[key] not in found:
                found[wanted[key]] = content
    return found[min(found)] if found else None


def find_title(soup: BeautifulSoup) -> str | None:
    title = _meta(soup, "og:title", "twitter:title")
    if not title:
        h1 = soup.find("h1")
        title = h1.get_text(" ", strip=True) if isinstance(h1, Tag) else None
    if not title and soup.title is not None:
        title = soup.title.get_text(" ", strip=True)
    return " ".join(title.split()) if title else None


def find_url(soup: BeautifulSoup) -> str | None:
    for link in soup.find_all("link", href=True):
        rel = link.get("rel") or []
        rels = rel if isinstance(rel, list) else str(rel).split()
        if "canonical" in [r.lower() for r in rels]:
            return str(link["href"]).strip() or None
    return _meta(soup, "og:url")


def find_date(soup: BeautifulSoup) -> str | None:
    candidates: list[str] = []
    meta = _meta(soup, *_DATE_META)
    if meta:
        candidates.append(meta)
    for time in soup.find_all("time"):
        candidates.append(str(time.get("datetime") or time.get_text(" ", strip=True)))
    for value in candidates:
        date = normalize_date(value)
        if date:
            return date
    return None
