"""Province of a document: 63 provinces before 2025, 34 since, aliases, a gazetteer of places.

Evidence is weighed, not taken from the first hit: "Tỉnh ủy X" or "Đảng bộ tỉnh X" outweighs a
bare "X"; places only one province has, the source URL's host and officials known to serve one
province add to it. Mentions marked "(cũ)" / "(trước đây)" and the tail of a person's name
("Trương Hòa Bình") do not count. Nothing decisive: None.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from documents.vietnamese.normalize import fold, normalize_text

from .scan import names_pattern
from .spans import SURNAMES

DATA_DIR = Path(__file__).resolve().parents[1] / "data"

# Bare "Hồ Chí Minh" is usually the president ("tư tưởng Hồ Chí Minh"), never the city.
_NOT_ALIASES = {"Hồ Chí Minh"}
_STRONG_BEFORE = re.compile(
    r"(?i:(?:tỉnh|thành|huyện) ủy|đảng bộ(?: (?:tỉnh|thành phố|tp\.?))?|lãnh đạo tỉnh)\s*$"
)
_MEDIUM_BEFORE = re.compile(r"(?i:(?:tỉnh|thành phố|tp\.?|tại|về|của|ở)\s*)$")
_LOWER_UNIT_BEFORE = re.compile(r"(?i:(?:huyện|xã|quận|phường|thị xã|thị trấn|thôn|bản)\s*)$")
_FORMER_AFTER = re.compile(r"^\s*\((?:cũ|trước đây|trước sáp nhập)\)")
_NAME_TAIL = re.compile(r"([^\W\d_]+)\s$")


def _key(name: str) -> str:
    return re.sub(r"\s*[-–]\s*", "-", " ".join(normalize_text(name).casefold().split()))


@lru_cache(maxsize=1)
def lineage() -> dict:
    """Canonical names, successors and an alias table from documents/data/provinces.json."""
    data = json.loads((DATA_DIR / "provinces.json").read_text(encoding="utf-8"))
    successors: dict[str, str] = {}
    aliases: dict[str, str] = {}
    for entry in data["before_2025"]:
        name = normalize_text(entry["name"])
        successors[name] = normalize_text(entry["successor"])
        for alias in [name, *entry.get("aliases", [])]:
            aliases[normalize_text(alias)] = name
    for entry in data["since_2025"]:
        name = normalize_text(entry["name"])
        successors.setdefault(name, name)
        for alias in [name, *entry.get("aliases", [])]:
            aliases.setdefault(normalize_text(alias), name)
    for alias in list(aliases):
        if alias.startswith("Thành phố "):
            aliases.setdefault("TP " + alias[len("Thành phố ") :], aliases[alias])
    # headings of formal documents are upper case: "TỈNH ỦY THANH HÓA"
    for alias in list(aliases):
        aliases.setdefault(alias.upper(), aliases[alias])
    return {"successors": successors, "aliases": aliases}


def canonical_province(name: str | None) -> str | None:
    """ "TP Hồ Chí Minh", "thanh hoá" → "Thành phố Hồ Chí Minh", "Thanh Hóa"; unknown → None."""
    if not name:
        return None
    return _canonical_by_key().get(_key(name))


@lru_cache(maxsize=1)
def _canonical_by_key() -> dict[str, str]:
    """Alias key → canonical name; where aliases share a key, the first in the table wins."""
    table: dict[str, str] = {}
    for alias, canonical in lineage()["aliases"].items():
        table.setdefault(_key(alias), canonical)
    return table


def province_current(name: str | None) -> str | None:
    """The successor after the 2025 reorganisation (63 → 34)."""
    canonical = canonical_province(name)
    return lineage()["successors"].get(canonical) if canonical else None


@lru_cache(maxsize=1)
def _mention_pattern() -> re.Pattern[str]:
    return names_pattern((a for a in lineage()["aliases"] if a not in _NOT_ALIASES), r"[\w.]")


@lru_cache(maxsize=1)
def _places() -> tuple[re.Pattern[str], dict[str, str]]:
    data = json.loads((DATA_DIR / "places.json").read_text(encoding="utf-8"))
    owner: dict[str, str] = {}
    for province, places in data["places"].items():
        for place in places:
            owner[normalize_text(place)] = normalize_text(province)
    return names_pattern(owner, r"\w"), owner


def province_from_url(url: str | None) -> str | None:
    """A host carrying the folded province name: baothanhhoa.vn, thanhhoa.dcs.vn → Thanh Hóa."""
    if not url:
        return None
    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    best = None
    for name in lineage()["successors"]:
        folded = re.sub(r"[^a-z]", "", fold(name).lower())
        if len(folded) >= 5 and folded in host and (best is None or len(folded) > len(best[1])):
            best = (name, folded)
    return best[0] if best else None


def detect_province(
    text: str,
    source_url: str | None = None,
    official_provinces: list[str] | None = None,
) -> tuple[str | None, str | None]:
    """(canonical province, the deciding span) from text, places, URL host and known officials."""
    scores: dict[str, float] = {}
    evidence: dict[str, tuple[float, str]] = {}

    def add(name: str, weight: float, span: str) -> None:
        scores[name] = scores.get(name, 0.0) + weight
        if weight > evidence.get(name, (0.0, ""))[0]:
            evidence[name] = (weight, span)

    aliases = lineage()["aliases"]
    for m in _mention_pattern().finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        if _FORMER_AFTER.match(text[m.end() : m.end() + 20]) or _LOWER_UNIT_BEFORE.search(before):
            continue
        tail = _NAME_TAIL.search(before)
        if tail and tail.group(1) in SURNAMES:
            continue
        context = _STRONG_BEFORE.search(before)
        weight = 3.0
        if not context:
            context, weight = _MEDIUM_BEFORE.search(before), 2.0
        if not context:
            weight = 1.0
        if m.start() < 300:
            weight *= 2
        prefix = context.group(0) if context else ""
        add(aliases[m.group(0)], weight, (prefix + m.group(0)).strip())

    pattern, owner = _places()
    for m in pattern.finditer(text):
        add(owner[m.group(0)], 2.0 if m.start() < 300 else 1.0, m.group(0))

    from_url = province_from_url(source_url)
    if from_url:
        # a provincial paper's host weighs like "Tỉnh ủy X": its stories about "Tỉnh ủy" need no name
        add(from_url, 3.0, source_url or "")
    for name in official_provinces or []:
        canonical = canonical_province(name)
        if canonical:
            add(canonical, 2.0, f"official of {canonical}")

    if not scores:
        return None, None
    best = max(scores, key=lambda n: scores[n])
    if scores[best] < 1.0:
        return None, None
    return best, evidence[best][1]
