"""Every page at desktop and phone width: nothing scrolls sideways, no script or CSP error."""

from __future__ import annotations

import pytest

from documents.models import Official, Province

from .screens import DESKTOP, PHONE, screenshot

# Transactional: the live server answers from its own thread, which sees committed rows only.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_pages_fit_the_screen(page, corpus, viewport):
    page.set_viewport_size(viewport)
    official = Official.objects.filter(appearances__document=corpus[0]).first()
    urls = {
        "home": "/",
        "province": f"/provinces/{Province.objects.get(name='Hưng Yên').slug}/",
        "official": f"/officials/{official.slug}/",
        "facet": "/search/facets/official/?year=2023",
        "search-year": "/search/?year=2023",
        "bad-parameter": "/search/?year=abc",
        "login": "/accounts/login/",
        "provinces": "/provinces/",
        "officials": "/officials/",
        "about": "/about/",
        "not-found": "/khong-co-trang-nay/",
    }
    name = "desktop" if viewport == DESKTOP else "phone"
    for label, url in urls.items():
        response = page.goto(url)
        assert response.status in (200, 400, 404), url
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"], f"{url} scrolls sideways: {width}px"
        screenshot(page, f"{label}-{name}")
    page.console_errors[:] = [e for e in page.console_errors if "400" not in e and "404" not in e]
