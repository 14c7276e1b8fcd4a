"""Loading the province table (63 before 2025, 34 since, with successors) into the database."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

PROVINCES_FILE = Path(__file__).resolve().parent / "data" / "provinces.json"


def load_province_data(path: Path = PROVINCES_FILE) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def sync_provinces(province_model, data: dict | None = None) -> int:
    """Create or update every Province row from the lineage file; return how many rows exist.

    Takes the model as an argument so a data migration can pass its historical model.
    """
    from .slugs import vietnamese_slug

    data = data or load_province_data()
    rows: dict[str, dict] = {}
    for item in data["before_2025"]:
        rows[item["name"]] = {
            "kind": item["kind"],
            "before_2025": True,
            "aliases": list(item.get("aliases", [])),
        }
    for item in data["since_2025"]:
        row = rows.setdefault(item["name"], {"kind": item["kind"], "aliases": []})
        row["since_2025"] = True
        row["aliases"] = sorted(set(row["aliases"]) | set(item.get("aliases", [])))
    for name, row in rows.items():
        province_model.objects.update_or_create(
            name=name,
            defaults={
                "slug": vietnamese_slug(name),
                "kind": row["kind"],
                "before_2025": row.get("before_2025", False),
                "since_2025": row.get("since_2025", False),
                "aliases": row["aliases"],
            },
        )
    by_name = {p.name: p for p in province_model.objects.all()}
    for item in data["before_2025"]:
        province = by_name[item["name"]]
        successor = by_name.get(item.get("successor") or "")
        since = item.get("successor_since")
        province.successor = successor if successor and successor.pk != province.pk else None
        province.successor_since = dt.date.fromisoformat(since) if since else None
        province.save(update_fields=["successor", "successor_since"])
    return len(by_name)
