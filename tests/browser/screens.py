"""The two screen sizes the browser tests use, and screenshots for a person to look at."""

from __future__ import annotations

import os
from pathlib import Path

SCREENSHOTS = Path(os.environ["PORTAL_SCREENSHOTS"]) if os.environ.get("PORTAL_SCREENSHOTS") else None
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def screenshot(page, name: str) -> None:
    """Saved only when PORTAL_SCREENSHOTS names a folder: for a person to look at, not asserted."""
    if SCREENSHOTS is None:
        return
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
